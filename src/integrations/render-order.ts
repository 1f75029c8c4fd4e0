import type { AstroIntegration, AstroPrerenderer } from 'astro';

/** Addresses whose response is drawn on worker threads (src/share-image/pool.ts): the share cards. */
const DRAWN_ON_WORKERS = /\.png$/;

/**
 * Renders the pages drawn on worker threads last. Astro collects every route's static paths first
 * (the entry pages' getStaticPaths queue every share card on the worker pool then) and renders them
 * one after another in route order, in which `/articles/<id>/share.png` comes before
 * `/articles/<id>/`. The build thread then sat idle awaiting each card while the workers drew the
 * queue in order. With the cards last, the build thread renders every other page while the workers
 * draw, and by the time it reaches the cards most of them are finished.
 */
export function renderOrder(): AstroIntegration {
	return {
		name: 'campaign:render-order',
		hooks: {
			'astro:build:start': ({ setPrerenderer }) => {
				setPrerenderer(
					(base): AstroPrerenderer => ({
						...base,
						name: 'campaign:share-images-last',
						async getStaticPaths() {
							const paths = await base.getStaticPaths();
							const drawn = paths.filter(({ pathname }) => DRAWN_ON_WORKERS.test(pathname));
							return [...paths.filter(({ pathname }) => !DRAWN_ON_WORKERS.test(pathname)), ...drawn];
						},
					}),
				);
			},
		},
	};
}
