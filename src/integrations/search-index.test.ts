import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { SITE } from '../config/site.ts';
import { type Pagefind, searchIndex } from './search-index.ts';

let site: string;
beforeEach(() => {
	site = mkdtempSync(join(tmpdir(), 'search-index-'));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

function writePage(path: string, body: string): void {
	mkdirSync(join(site, path), { recursive: true });
	writeFileSync(join(site, path, 'index.html'), `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`);
}

/** Runs the integration's build hook over the temporary site, with what it logs. */
async function buildIndex(service?: Pagefind) {
	const logged: string[] = [];
	const log = (message: string) => void logged.push(message);
	const hook = searchIndex(service).hooks['astro:build:done'] as (options: unknown) => Promise<void>;
	await hook({ dir: pathToFileURL(`${site}/`), logger: { info: log, warn: log } });
	return logged;
}

/** Pagefind's own functions, with the calls to close() counted. */
function countingClose() {
	const service = { createIndex: pagefind.createIndex, closed: 0, close: () => ((service.closed += 1), pagefind.close()) };
	return service;
}

const indexFolder = () => join(site, SITE.searchIndexFolder);

test('only the page marked data-pagefind-body is indexed, and the log says how many pages the index holds', async () => {
	writePage('articles/water', '<article data-pagefind-body><h1>Water in Puno</h1><p>Findable words about the highlands.</p></article>');
	writePage('topics/water', '<main><h1>Water</h1><p>A list page, not to be indexed.</p></main>');
	const service = countingClose();
	const logged = await buildIndex(service);
	const entry = JSON.parse(readFileSync(join(indexFolder(), 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
	assert.deepEqual(Object.keys(entry.languages), ['en']);
	assert.equal(entry.languages.en?.page_count, 1);
	const urls = readdirSync(join(indexFolder(), 'fragment')).map((name) => {
		const text = gunzipSync(readFileSync(join(indexFolder(), 'fragment', name))).toString('utf8');
		return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
	});
	assert.deepEqual(urls, ['/articles/water/']);
	assert.deepEqual(logged, [`Search index of 1 articles and summaries written to ${SITE.searchIndexFolder}/`]);
	assert.equal(service.closed, 1);
	assert.deepEqual(
		readdirSync(indexFolder()).filter((name) => /-ui\.|highlight/.test(name)),
		[],
		'Pagefind’s prebuilt interfaces are removed',
	);
});

test('a site without entries gets an empty index, and a warning', async () => {
	writePage('topics/water', '<main><h1>Water</h1></main>');
	const logged = await buildIndex();
	assert.deepEqual(logged, ['The search index is empty: no published article or summary was built.']);
});

test('the index numbers pages in the order of their paths, not in the order the file system lists them', async () => {
	const names = ['lima', 'puno', 'cusco', 'ayacucho', 'juliaca', 'andahuaylas', 'arequipa', 'ica', 'tacna', 'huancayo'];
	const page = (name: string) => `<article data-pagefind-body><h1>News from ${name}</h1><p>${name} and the highlands.</p></article>`;
	for (const name of names) writePage(`articles/${name}`, page(name));
	await buildIndex();
	// The same pages handed to Pagefind in path order.
	const reference = mkdtempSync(join(tmpdir(), 'search-index-reference-'));
	try {
		const { index } = await pagefind.createIndex();
		for (const name of names.toSorted())
			await index!.addHTMLFile({
				sourcePath: `articles/${name}/index.html`,
				content: `<!doctype html><html lang="en"><head><title>t</title></head><body>${page(name)}</body></html>`,
			});
		await index!.writeFiles({ outputPath: reference });
		await pagefind.close();
		const files = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) => path.includes('.')).sort();
		const built = files(indexFolder());
		assert.ok(built.length > 0);
		assert.deepEqual(built, files(reference).filter((path) => !/-ui\.|highlight/.test(path)));
		for (const path of built) assert.ok(readFileSync(join(indexFolder(), path)).equals(readFileSync(join(reference, path))), path);
	} finally {
		rmSync(reference, { recursive: true, force: true });
	}
});

test('a page that cannot be read fails the build, and Pagefind is closed all the same', async () => {
	writePage('articles/water', '<article data-pagefind-body><h1>Water in Puno</h1></article>');
	mkdirSync(join(site, 'articles/gone'));
	symlinkSync(join(site, 'nowhere.html'), join(site, 'articles/gone/index.html'));
	const service = countingClose();
	await assert.rejects(buildIndex(service), /ENOENT.*articles\/gone\/index\.html/);
	assert.equal(service.closed, 1);
});

test('an error from Pagefind fails the build with its message and the page it was given', async () => {
	writePage('articles/water', '<article data-pagefind-body><h1>Water in Puno</h1></article>');
	const service = countingClose();
	// A page handed over without its path: Pagefind itself answers with an error.
	const failing: Pagefind = {
		...service,
		createIndex: async (config) => {
			const created = await pagefind.createIndex(config);
			const index = created.index!;
			return { ...created, index: { ...index, addHTMLFile: ({ content }) => index.addHTMLFile({ content }) } };
		},
	};
	await assert.rejects(
		buildIndex(failing),
		/^Error: The search index could not be built \(reading articles\/water\/index\.html\):\n {2}Either source_path or url must be provided$/m,
	);
	assert.equal(service.closed, 1);
});
