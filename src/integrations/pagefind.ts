import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { SITE } from '../config/site.ts';
import { ENTRY_COLLECTIONS } from '../content-model/collections.ts';
import { runInBackground } from '../lib/background-priority.ts';
import { childProcessesNamed, processesEnded } from '../lib/process-tree.ts';
import { onRenderedPage, routesRendered } from './prerender.ts';

/** Where the index goes inside the built site; the search page loads it from there (urls.searchIndex). */
const SEARCH_INDEX_FOLDER = SITE.searchIndexFolder;

/**
 * Pagefind also writes its own prebuilt search interfaces. The search page bundles the Component UI
 * from node_modules instead, so these copies would only be dead weight on the server.
 */
const UNUSED_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

function fail(step: string, errors: string[]): never {
	throw new Error(`The search index could not be built (${step}):\n${errors.map((error) => `  ${error}`).join('\n')}`);
}

/** Pages in the written index, over all languages, as Pagefind's entry file records them. */
function indexedPages(outputPath: string): number {
	const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Pages Pagefind indexes: only elements marked data-pagefind-body are, and only pages that have one. */
const INDEXED = 'data-pagefind-body';

/**
 * The routes whose pages carry data-pagefind-body (src/layouts/EntryLayout.astro): each entry
 * collection's page, in every language. A page of any other route that carries it fails the build,
 * since the index is written as soon as these routes are rendered.
 */
export const INDEXED_ROUTES: ReadonlySet<string> = new Set(
	ENTRY_COLLECTIONS.map((collection) => `src/pages/[...lang]/${collection}/[id].astro`),
);

/**
 * Pages handed to Pagefind and not yet indexed, at most: when the build renders faster than Pagefind
 * indexes, it waits, rather than hold thousands of pages in memory on their way to Pagefind.
 */
const MAX_PAGES_IN_FLIGHT = 16;

/**
 * Builds the search index with Pagefind's Node API. Only elements marked data-pagefind-body are
 * indexed: the entry layout puts it on an article or summary and nowhere else.
 *
 * Pagefind runs in a process of its own, and each entry page is handed to it as soon as the build has
 * rendered it (src/integrations/prerender.ts), so that it parses the pages on the other core while the
 * build goes on. The entry pages are rendered first, and once the last of them is handed on, Pagefind
 * writes the index into the folder Astro is building into (a staging folder: see scripts/build.ts)
 * while the build renders the rest of the site, at a lower priority (as the share-card workers), so
 * that it takes what the build thread leaves of the cores. Written after the build, as before, it
 * took 1 s at 1,000 articles and 6 s at 5,000, with one core idle. Pages without data-pagefind-body
 * are not sent: Pagefind would leave them out anyway, since other pages have it.
 */
export function searchIndex(): AstroIntegration {
	let outputPath = '';
	let written: Promise<void> | undefined;
	const pending: Promise<{ errors: string[] }>[] = [];
	const inFlight = new Set<Promise<unknown>>();
	const unplaced: string[] = [];
	const elsewhere: string[] = [];
	return {
		name: 'campaign:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				outputPath = join(fileURLToPath(config.outDir), SEARCH_INDEX_FOLDER);
			},
			'astro:build:start': () => {
				const started = createIndex().then(({ index: created, errors }) => created ?? fail('starting Pagefind', errors));
				started.catch(() => {}); // reported in astro:build:done
				written = routesRendered((component) => INDEXED_ROUTES.has(component)).then(async () => {
					if (unplaced.length > 0)
						fail(
							'placing pages in the site',
							unplaced.map((path) => `${path} does not end in a slash`),
						);
					const added = await Promise.all(pending);
					const errors = added.flatMap((result) => result.errors);
					if (errors.length > 0) fail('reading the built pages', errors);
					const pagefind = await started;
					for (const pid of childProcessesNamed('pagefind')) runInBackground(pid);
					const result = await pagefind.writeFiles({ outputPath });
					if (result.errors.length > 0) fail('writing the index', result.errors);
				});
				written.catch(() => {}); // reported in astro:build:done
				onRenderedPage(async ({ component, sourcePath, pathname, html }) => {
					if (!html.includes(INDEXED)) return;
					if (!INDEXED_ROUTES.has(component)) {
						elsewhere.push(`${pathname} (${component})`);
						return;
					}
					if (sourcePath === undefined) {
						unplaced.push(pathname);
						return;
					}
					const added = started.then((pagefind) => pagefind.addHTMLFile({ sourcePath, content: html }));
					added.catch(() => {}); // reported in astro:build:done
					pending.push(added);
					const settled: Promise<unknown> = added.then(
						() => inFlight.delete(settled),
						() => inFlight.delete(settled),
					);
					inFlight.add(settled);
					if (inFlight.size >= MAX_PAGES_IN_FLIGHT) await Promise.race(inFlight);
				});
			},
			'astro:build:done': async ({ logger }) => {
				try {
					if (!written) throw new Error('The search index was not started: astro:build:start did not run.');
					await written;
					if (elsewhere.length > 0)
						fail(
							'indexing the built pages',
							elsewhere.map(
								(page) =>
									`${page} carries ${INDEXED}, but only the routes in INDEXED_ROUTES (src/integrations/pagefind.ts) are indexed`,
							),
						);
				} finally {
					// Pagefind indexes in a separate process; stop it so that the build can exit, and wait until it
					// has ended: a process Astro exits without waiting for is handed to the system, and its CPU time
					// is then in no parent's count (which is how the benchmark measures the build's CPU).
					const service = childProcessesNamed('pagefind');
					await close();
					await processesEnded(service, 5000);
				}
				for (const file of UNUSED_FILES) rmSync(join(outputPath, file), { force: true });
				const pages = indexedPages(outputPath);
				if (pages === 0) logger.warn('The search index is empty: no published article or summary was built.');
				else logger.info(`Search index of ${pages} articles and summaries written to ${SEARCH_INDEX_FOLDER}/`);
			},
		},
	};
}
