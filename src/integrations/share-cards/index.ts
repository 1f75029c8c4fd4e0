import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { drawShareCards } from '../../share-cards/index.ts';
import { cardFiles, MANIFEST } from './manifest.ts';

/**
 * The share cards (src/share-cards/). In `astro build`, the pages write the list of cards
 * (src/lib/share-cards/) as a manifest; once the site is built, the cards are drawn into the output,
 * those whose data has not changed copied from the cache in Astro's cacheDir, and the manifest is
 * deleted. In `astro dev`, each card is an endpoint drawn on request.
 */
export function shareCards(): AstroIntegration {
	let cacheDir = '';
	let drawing: Promise<string> | undefined;
	return {
		name: 'campaign:share-cards',
		hooks: {
			'astro:config:setup': ({ command, config, injectRoute }) => {
				cacheDir = fileURLToPath(new URL('share-cards/', config.cacheDir));
				if (command === 'build') injectRoute({ pattern: `/${MANIFEST}`, entrypoint: new URL('./manifest-route.ts', import.meta.url) });
				if (command === 'dev') injectRoute({ pattern: '/[...card]/share.png', entrypoint: new URL('./dev-route.ts', import.meta.url) });
			},
			// Started as soon as the pages are written, so that the cards are drawn beside the search index and
			// the other integrations' last steps; the build waits for them in astro:build:done.
			'astro:build:generated': ({ dir }) => {
				drawing = drawInto(dir, cacheDir);
				drawing.catch(() => {});
			},
			'astro:build:done': async ({ logger }) => {
				if (!drawing) throw new Error('The share cards were not started: astro:build:generated did not run.');
				logger.info(await drawing);
			},
		},
	};
}

/** Draws the cards the manifest in `dir` lists, deletes the manifest, and says what was done. */
async function drawInto(dir: URL, cacheDir: string): Promise<string> {
	const manifest = new URL(MANIFEST, dir);
	const cards = cardFiles(await readFile(manifest, 'utf8'), fileURLToPath(dir));
	await rm(manifest);
	const started = performance.now();
	const { drawn, fromCache } = await drawShareCards(cards, { cacheDir });
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	return `share cards: ${drawn} drawn, ${fromCache} from cache, in ${seconds} s`;
}
