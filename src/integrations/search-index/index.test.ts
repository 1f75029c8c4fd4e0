import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { SITE } from '../../config/site.ts';
import type { SearchRecord } from '../../lib/search/index.ts';
import { type Pagefind, searchIndex } from './index.ts';
import { MANIFEST, withSearchData } from './manifest.ts';

let site: string;
beforeEach(() => {
	site = mkdtempSync(join(tmpdir(), 'search-index-'));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

function writePage(path: string, body: string, lang = 'en'): void {
	mkdirSync(join(site, path), { recursive: true });
	writeFileSync(join(site, path, 'index.html'), `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`);
}

function record(page: string, meta: Record<string, string> = {}, filters: Record<string, string[]> = {}): SearchRecord {
	return { page: `${page}/index.html`, meta, filters, sort: { date: '2024-01-01' } };
}

function writeManifest(indexes: Record<string, SearchRecord[]>): void {
	writeFileSync(join(site, MANIFEST), JSON.stringify(indexes));
}

/** Runs the integration's build hooks over the temporary site, as Astro does, with what it logs. */
async function buildIndex(service?: Pagefind) {
	const logged: string[] = [];
	const log = (message: string) => void logged.push(message);
	const { hooks } = searchIndex(service);
	const options = { dir: pathToFileURL(`${site}/`), logger: { info: log, warn: log } };
	await (hooks['astro:build:generated'] as (options: unknown) => Promise<void> | void)(options);
	await (hooks['astro:build:done'] as (options: unknown) => Promise<void>)(options);
	return logged;
}

/** Pagefind's own functions, with the calls to close() counted. */
function countingClose() {
	const service = { createIndex: pagefind.createIndex, closed: 0, close: () => ((service.closed += 1), pagefind.close()) };
	return service;
}

const indexFolder = (lang: string) => join(site, SITE.searchIndexFolder, lang);

/** The pages of a language's index as Pagefind stores them: gzipped fragments, after a short signature, of JSON. */
function fragments(lang: string) {
	const folder = join(indexFolder(lang), 'fragment');
	return readdirSync(folder)
		.map((name) => {
			const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
			return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta: Record<string, string>; filters: Record<string, string[]> };
		})
		.sort((a, b) => a.url.localeCompare(b.url));
}

function pageCounts(lang: string) {
	return (JSON.parse(readFileSync(join(indexFolder(lang), 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> })
		.languages;
}

test('each language gets an index of the pages the manifest lists for it, with their records, and the manifest goes', async () => {
	writePage('articles/water', '<article data-pagefind-body><h1>Water in Puno</h1><p>Findable words about the highlands.</p></article>');
	writePage('es/articles/water', '<article data-pagefind-body><h1>Agua en Puno</h1><p>Palabras sobre el altiplano.</p></article>', 'es');
	writePage('summaries/roads', '<article data-pagefind-body><h1>Roads blocked</h1><p>Words not yet translated.</p></article>');
	writePage('topics/water', '<main><h1>Water</h1><p>A list page, not listed.</p></main>');
	writeManifest({
		en: [record('articles/water', { kind: 'Article' }, { Topic: ['Water'] }), record('summaries/roads', { kind: 'Summary' })],
		es: [
			record('es/articles/water', { kind: 'Artículo' }, { Tema: ['Agua'] }),
			record('summaries/roads', { kind: 'Resumen', lang: 'en', inLanguage: 'En inglés' }, { Tema: ['Caminos'] }),
		],
	});
	const service = countingClose();
	const logged = await buildIndex(service);
	assert.deepEqual(Object.keys(pageCounts('en')), ['en'], 'each index holds one language');
	assert.equal(pageCounts('en').en?.page_count, 2);
	assert.deepEqual(Object.keys(pageCounts('es')), ['es']);
	assert.equal(pageCounts('es').es?.page_count, 2);
	assert.deepEqual(
		fragments('en').map(({ url, meta, filters }) => ({ url, meta, filters })),
		[
			{ url: '/articles/water/', meta: { kind: 'Article', title: 'Water in Puno' }, filters: { Topic: ['Water'] } },
			{ url: '/summaries/roads/', meta: { kind: 'Summary', title: 'Roads blocked' }, filters: {} },
		],
	);
	// The untranslated summary is in the Spanish index too, with the Spanish index's words for it.
	assert.deepEqual(
		fragments('es').map(({ url, meta, filters }) => ({ url, meta, filters })),
		[
			{ url: '/es/articles/water/', meta: { kind: 'Artículo', title: 'Agua en Puno' }, filters: { Tema: ['Agua'] } },
			{
				url: '/summaries/roads/',
				meta: { kind: 'Resumen', lang: 'en', inLanguage: 'En inglés', title: 'Roads blocked' },
				filters: { Tema: ['Caminos'] },
			},
		],
	);
	assert.equal(existsSync(join(site, MANIFEST)), false, 'the manifest is deleted');
	assert.deepEqual(logged, [`Search indexes of articles and summaries written to ${SITE.searchIndexFolder}/: 2 in en, 2 in es`]);
	assert.equal(service.closed, 1);
	for (const lang of ['en', 'es'])
		assert.deepEqual(
			readdirSync(indexFolder(lang)).filter((name) => /-ui\.|highlight/.test(name)),
			[],
			'Pagefind’s prebuilt interfaces are removed',
		);
});

test('a site without entries gets empty indexes, and a warning', async () => {
	writePage('topics/water', '<main><h1>Water</h1></main>');
	writeManifest({ en: [], es: [] });
	const logged = await buildIndex();
	assert.deepEqual(logged, ['The search index is empty: no published article or summary was built.']);
	assert.ok(existsSync(join(indexFolder('es'), 'pagefind.js')), 'the search page still finds Pagefind');
});

test('the index numbers pages in the order of their paths, whatever the order of the manifest', async () => {
	const names = ['lima', 'puno', 'cusco', 'ayacucho', 'juliaca', 'andahuaylas', 'arequipa', 'ica', 'tacna', 'huancayo'];
	const page = (name: string) => `<article data-pagefind-body><h1>News from ${name}</h1><p>${name} and the highlands.</p></article>`;
	for (const name of names) writePage(`articles/${name}`, page(name));
	writeManifest({ en: names.map((name) => record(`articles/${name}`)) });
	await buildIndex();
	// The same pages, with the same records, handed to Pagefind in path order.
	const reference = mkdtempSync(join(tmpdir(), 'search-index-reference-'));
	try {
		const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
		for (const name of names.toSorted()) {
			const html = `<!doctype html><html lang="en"><head><title>t</title></head><body>${page(name)}</body></html>`;
			await index!.addHTMLFile({ sourcePath: `articles/${name}/index.html`, content: withSearchData(html, record(`articles/${name}`)) });
		}
		await index!.writeFiles({ outputPath: reference });
		await pagefind.close();
		const files = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) => path.includes('.')).sort();
		const built = files(indexFolder('en'));
		assert.ok(built.length > 0);
		assert.deepEqual(built, files(reference).filter((path) => !/-ui\.|highlight/.test(path)));
		for (const path of built) assert.ok(readFileSync(join(indexFolder('en'), path)).equals(readFileSync(join(reference, path))), path);
	} finally {
		rmSync(reference, { recursive: true, force: true });
	}
});

test('a listed page that is not an entry’s fails the build, naming it, rather than index the whole page', async () => {
	writePage('topics/water', '<main><h1>Water</h1></main>');
	writeManifest({ en: [record('topics/water')] });
	const service = countingClose();
	await assert.rejects(buildIndex(service), /reading topics\/water\/index\.html\):\n {2}the page has no data-pagefind-body element/);
	assert.equal(service.closed, 1);
});

test('a page that cannot be read fails the build, and Pagefind is closed all the same', async () => {
	writePage('articles/water', '<article data-pagefind-body><h1>Water in Puno</h1></article>');
	mkdirSync(join(site, 'articles/gone'));
	symlinkSync(join(site, 'nowhere.html'), join(site, 'articles/gone/index.html'));
	writeManifest({ en: [record('articles/water'), record('articles/gone')] });
	const service = countingClose();
	await assert.rejects(buildIndex(service), /ENOENT.*articles\/gone\/index\.html/);
	assert.equal(service.closed, 1);
});

test('an error from Pagefind fails the build with its message and the page it was given', async () => {
	writePage('articles/water', '<article data-pagefind-body><h1>Water in Puno</h1></article>');
	writeManifest({ en: [record('articles/water')] });
	const service = countingClose();
	// A page handed over without its path: Pagefind itself answers with an error.
	const failing: Pagefind = {
		...service,
		createIndex: async (config?: pagefind.PagefindServiceConfig) => {
			const created = await pagefind.createIndex(config);
			const index = created.index!;
			return { ...created, index: { ...index, addHTMLFile: ({ content }: pagefind.HTMLFile) => index.addHTMLFile({ content }) } };
		},
	};
	await assert.rejects(
		buildIndex(failing),
		/^Error: The search index could not be built \(reading articles\/water\/index\.html\):\n {2}Either source_path or url must be provided$/m,
	);
	assert.equal(service.closed, 1);
});

test('a manifest that is not a list of pages by language fails the build, saying where', async () => {
	writeManifest({ en: [{ page: '../elsewhere.html', meta: {}, filters: {}, sort: {} }] });
	await assert.rejects(buildIndex(), new RegExp(`${RegExp.escape(MANIFEST)}: en\\.0\\.page: must be a page inside the output folder`));
	writeManifest({ english: [] });
	await assert.rejects(buildIndex(), new RegExp(`${RegExp.escape(MANIFEST)}: english: `));
});

test('what the index records is added as text: quotes and markup in a value stay in the value', () => {
	const hostile = '"><script>alert(1)</script> & more';
	const html = withSearchData('<html lang="en"><body><p>x</p></body></html>', record('articles/x', { title: hostile }, { Topic: [hostile] }));
	assert.ok(!html.includes('<script>'), html);
	assert.ok(html.includes(`data-pagefind-meta="title:&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"`), html);
	assert.ok(html.endsWith('</div></body></html>'), 'the record goes at the end of the body');
});

test('a build that never generated its pages fails plainly rather than publishing no index', async () => {
	const hook = searchIndex().hooks['astro:build:done'] as (options: unknown) => Promise<void>;
	await assert.rejects(hook({ dir: pathToFileURL(`${site}/`), logger: { info: () => {}, warn: () => {} } }), /astro:build:generated did not run/);
});
