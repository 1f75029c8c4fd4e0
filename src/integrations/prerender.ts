import type { AstroIntegration, AstroPrerenderer } from 'astro';

/** A page as the build writes it: its path in the output folder ("articles/x/index.html") and its HTML. */
export interface RenderedPage {
	/** Its route's component, as Astro names it: "src/pages/[...lang]/articles/[id].astro". */
	component: string;
	/** Undefined for an address that does not end in a slash (the 404 page). */
	sourcePath: string | undefined;
	/** The address, with the base path: "/articles/x/". */
	pathname: string;
	html: string;
}

/** A listener may return a promise: the build waits for it before it renders the next page (backpressure). */
type PageListener = (page: RenderedPage) => void | Promise<void>;

/** Routes someone waits for: how many of their pages are still to be rendered, and whom to tell when none is. */
interface RoutesAwaited {
	includes: (component: string) => boolean;
	left: number;
	done: () => void;
}

// One list of each per process, shared by every integration that imports this module.
const KEY = Symbol.for('campaign.renderedPageListeners');
const AWAITED = Symbol.for('campaign.routesAwaited');
const store = globalThis as typeof globalThis & { [KEY]?: PageListener[]; [AWAITED]?: RoutesAwaited[] };

/**
 * Calls `listener` with each HTML page as soon as the build has rendered it, before it is written:
 * e.g. to index it for search while the build goes on, instead of reading every page back afterwards.
 */
export function onRenderedPage(listener: PageListener): void {
	(store[KEY] ??= []).push(listener);
}

/**
 * Resolves once every page of the routes `includes` accepts (by route component) has been rendered and
 * handed to the listeners; those pages are rendered before any other, so that whatever waits for them
 * (the search index) can be finished while the rest of the site is rendered.
 */
export function routesRendered(includes: (component: string) => boolean): Promise<void> {
	return new Promise((done) => (store[AWAITED] ??= []).push({ includes, left: Number.NaN, done }));
}

/** One page of `component` is rendered: tells whoever waits for its routes if it was their last. */
function countRendered(component: string): void {
	for (const awaited of store[AWAITED] ?? [])
		if (awaited.includes(component)) {
			awaited.left -= 1;
			if (awaited.left === 0) awaited.done();
		}
}

/** The page's path in the output folder, for `format: 'directory'` and `trailingSlash: 'always'`. */
function outputPath(url: URL, base: string): string | undefined {
	const path = decodeURI(url.pathname);
	if (!path.startsWith(base)) return undefined;
	const inside = path.slice(base.length);
	if (inside === '' || inside.endsWith('/')) return `${inside}index.html`;
	return undefined;
}

/**
 * Turns taken in the order they were asked for: `take()` gives the next turn; its `run(task)` waits
 * until every earlier turn has passed, then runs the task; `pass()` lets the next turn go (after its
 * task, or without one).
 */
export class Turns {
	#last: Promise<void> = Promise.resolve();

	take(): { run<T>(task: () => Promise<T>): Promise<T>; pass(): void } {
		const earlier = this.#last;
		let pass!: () => void;
		this.#last = new Promise<void>((resolve) => (pass = resolve));
		return {
			run: async (task) => {
				await earlier;
				return task();
			},
			pass: () => void earlier.then(pass),
		};
	}
}

/**
 * How the build renders its pages, through Astro's prerenderer hook (one integration, as Astro keeps
 * only the last one set):
 *
 * - The pages of the routes someone awaits (`routesRendered`) come first, in Astro's order, then the
 *   others, in Astro's order.
 * - Each HTML page is handed to the `onRenderedPage` listeners as soon as it and every page before it
 *   have been rendered: Astro renders several pages at once (`build.concurrency`), so they may finish
 *   out of order, and the search index, for one, depends on the order it is given pages in. Astro
 *   starts rendering them in the order of the list above, so that order is the same in every build.
 */
export function prerender(): AstroIntegration {
	let base = '/';
	const inOrder = new Turns();
	return {
		name: 'campaign:prerender',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:start': ({ setPrerenderer }) => {
				setPrerenderer((defaults): AstroPrerenderer => ({
					...defaults,
					name: 'campaign:prerender',
					async getStaticPaths() {
						const paths = await defaults.getStaticPaths();
						const awaited = store[AWAITED] ?? [];
						for (const routes of awaited) routes.left = 0;
						const [first, rest]: [typeof paths, typeof paths] = [[], []];
						for (const path of paths) {
							const waiting = awaited.filter(({ includes }) => includes(path.route.component));
							for (const routes of waiting) routes.left += 1;
							(waiting.length > 0 ? first : rest).push(path);
						}
						for (const routes of awaited) if (routes.left === 0) routes.done();
						return [...first, ...rest];
					},
					async render(request, options) {
						const turn = inOrder.take();
						try {
							const result = await defaults.render(request, options);
							const listeners = store[KEY] ?? [];
							const response = result instanceof Response ? result : result.response;
							if (listeners.length === 0 || response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html'))
								return result;
							const html = await response.text();
							const url = new URL(request.url);
							const { component } = options.routeData;
							const page = { component, sourcePath: outputPath(url, base), pathname: url.pathname, html };
							await turn.run(() => Promise.all(listeners.map((listener) => listener(page))));
							const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
							return result instanceof Response ? copy : { ...result, response: copy };
						} finally {
							turn.pass();
							countRendered(options.routeData.component);
						}
					},
				}));
			},
		},
	};
}
