import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SITE } from '../../config/site.ts';
import type { SearchRecord } from '../../lib/search/index.ts';
import { indexesFrom, MANIFEST, withSearchData } from './manifest.ts';

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

/** Only the element marked with it is indexed: the entry layout's article, without the page around it. */
const INDEXED = 'data-pagefind-body';

function failed(step: string, errors: string[]): Error {
	return new Error(`The search index could not be built (${step}):\n${errors.map((error) => `  ${error}`).join('\n')}`);
}

/**
 * Builds the search indexes with Pagefind over the finished site, one for each language's search page,
 * in SITE.searchIndexFolder/<lang>/. The build writes a manifest of the pages each index holds
 * (src/lib/search/: every published entry, in the language where it is translated, in its original
 * otherwise) and what the index records about each; each page is handed to Pagefind with its record
 * (manifest.ts), and the manifest is deleted.
 *
 * A page not yet translated is so in two indexes, its own language's and the other's. Pagefind keeps one
 * page per address in an index, whatever its language, so each language gets an index of its own, in
 * which Pagefind reads every page as written in that language (forceLanguage): its stemming is the
 * language's, and a piece in another language is still found by its words.
 *
 * The pages go to Pagefind one by one in a fixed order (by path), rather than through addDirectory:
 * Pagefind numbers pages in the order it is given them, and addDirectory gives them in the order the
 * file system lists them, which differs between file systems, so the same site would get a different
 * index on another machine.
 */
export function searchIndex(service: Pagefind = pagefind): AstroIntegration {
	let writing: Promise<string[]> | undefined;
	return {
		name: 'campaign:search-index',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command === 'build') injectRoute({ pattern: `/${MANIFEST}`, entrypoint: new URL('./manifest-route.ts', import.meta.url) });
			},
			// Started as soon as the pages are written, so that it runs beside the share cards and the other
			// integrations' last steps; the build waits for it in astro:build:done.
			'astro:build:generated': ({ dir }) => {
				writing = writeIndexes(fileURLToPath(dir), service);
				writing.catch(() => {});
			},
			'astro:build:done': async ({ logger }) => {
				if (!writing) throw new Error('The search index was not started: astro:build:generated did not run.');
				const counts = await writing;
				if (counts.length === 0) logger.warn('The search index is empty: no published article or summary was built.');
				else logger.info(`Search indexes of articles and summaries written to ${SITE.searchIndexFolder}/: ${counts.join(', ')}`);
			},
		},
	};
}

/** Writes each language's index, the languages side by side, and says how many pages each holds (none if all are empty). */
async function writeIndexes(site: string, service: Pagefind): Promise<string[]> {
	const manifest = join(site, MANIFEST);
	const indexes = indexesFrom(readFileSync(manifest, 'utf8'));
	rmSync(manifest);
	try {
		const counts = await Promise.all(indexes.map(([lang, records]) => writeIndex(site, service, lang, records)));
		return indexes.every(([, records]) => records.length === 0) ? [] : counts;
	} finally {
		await service.close();
	}
}

async function writeIndex(site: string, service: Pagefind, lang: string, records: readonly SearchRecord[]): Promise<string> {
	const outputPath = join(site, SITE.searchIndexFolder, lang);
	const { index, errors } = await service.createIndex({ forceLanguage: lang });
	if (!index) throw failed('starting Pagefind', errors);
	for (const record of records) {
		const html = readFileSync(join(site, record.page), 'utf8');
		if (!html.includes(INDEXED)) throw failed(`reading ${record.page}`, [`the page has no ${INDEXED} element`]);
		const added = await index.addHTMLFile({ sourcePath: record.page, content: withSearchData(html, record) });
		if (added.errors.length > 0) throw failed(`reading ${record.page}`, added.errors);
	}
	const written = await index.writeFiles({ outputPath });
	if (written.errors.length > 0) throw failed(`writing the ${lang} index`, written.errors);
	for (const file of UNUSED_FILES) rmSync(join(outputPath, file), { force: true });
	return `${records.length} in ${lang}`;
}
