import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { SITE } from '../config/site.ts';

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

/**
 * Builds the search index once the site is written, with Pagefind's Node API, from the folder Astro has
 * just built into (a staging folder: see scripts/build.ts). Only elements marked data-pagefind-body are
 * indexed: the entry layout puts it on an article or summary and nowhere else.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'campaign:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const outputPath = join(site, SEARCH_INDEX_FOLDER);
				try {
					const { index, errors } = await createIndex();
					if (!index) fail('starting Pagefind', errors);
					const read = await index.addDirectory({ path: site });
					if (read.errors.length > 0) fail('reading the built pages', read.errors);
					const written = await index.writeFiles({ outputPath });
					if (written.errors.length > 0) fail('writing the index', written.errors);
				} finally {
					// Pagefind indexes in a separate process; stop it so that the build can exit.
					await close();
				}
				for (const file of UNUSED_FILES) rmSync(join(outputPath, file), { force: true });
				const pages = indexedPages(outputPath);
				if (pages === 0) logger.warn('The search index is empty: no published article or summary was built.');
				else logger.info(`Search index of ${pages} articles and summaries written to ${SEARCH_INDEX_FOLDER}/`);
			},
		},
	};
}
