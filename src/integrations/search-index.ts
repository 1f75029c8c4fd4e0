import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SITE } from '../config/site.ts';

/** What the integration uses of Pagefind's Node API; the unit test passes a wrapper. */
export type Pagefind = Pick<typeof pagefind, 'createIndex' | 'close'>;

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

function failed(step: string, errors: string[]): Error {
	return new Error(`The search index could not be built (${step}):\n${errors.map((error) => `  ${error}`).join('\n')}`);
}

/** Pages in the written index, over all languages, as Pagefind's entry file records them. */
function indexedPages(outputPath: string): number {
	const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Only elements marked with it are indexed (the entry layout's article), and only pages that have one. */
const INDEXED = 'data-pagefind-body';

/** The site's HTML files as paths from its root with forward slashes, in one fixed order. */
function htmlFiles(site: string): string[] {
	return readdirSync(site, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.html'))
		.map((path) => path.split(sep).join('/'))
		.sort();
}

/**
 * Builds the search index with Pagefind over the finished site, into its SITE.searchIndexFolder. Pages
 * without data-pagefind-body are not handed to Pagefind, so an archive with no entries gets an empty
 * index rather than one of every page. Filters, metadata and the sort key come from the pages'
 * data-pagefind-* attributes; each <html lang> gets an index of its own.
 *
 * The pages go to Pagefind one by one, sorted by path, rather than through addDirectory: Pagefind
 * numbers pages in the order it is given them, and addDirectory gives them in the order the file
 * system lists them, which differs between file systems, so the same site would get a different
 * index on another machine. Parsing only the entry pages is also faster than parsing every page.
 */
export function searchIndex(service: Pagefind = pagefind): AstroIntegration {
	return {
		name: 'campaign:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const outputPath = join(site, SITE.searchIndexFolder);
				try {
					const { index, errors } = await service.createIndex();
					if (!index) throw failed('starting Pagefind', errors);
					for (const sourcePath of htmlFiles(site)) {
						const content = readFileSync(join(site, sourcePath), 'utf8');
						if (!content.includes(INDEXED)) continue;
						const added = await index.addHTMLFile({ sourcePath, content });
						if (added.errors.length > 0) throw failed(`reading ${sourcePath}`, added.errors);
					}
					const written = await index.writeFiles({ outputPath });
					if (written.errors.length > 0) throw failed('writing the index', written.errors);
				} finally {
					await service.close();
				}
				for (const file of UNUSED_FILES) rmSync(join(outputPath, file), { force: true });
				const pages = indexedPages(outputPath);
				if (pages === 0) logger.warn('The search index is empty: no published article or summary was built.');
				else logger.info(`Search index of ${pages} articles and summaries written to ${SITE.searchIndexFolder}/`);
			},
		},
	};
}
