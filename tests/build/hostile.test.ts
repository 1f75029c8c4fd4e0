// Builds tests/fixtures/hostile/content, whose article title, standfirst, author name, source title and
// figure wording hold markup and CDATA breakers, and so do the Spanish translations of the article and
// of every record (topic, author, events, sources), and checks that every output carries them as inert
// text: no element, attribute or script is made of them in any page, feed, meta tag, JSON-LD block,
// open-data file or search-index fragment, in either language.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import Parser from 'rss-parser';
import { readContentFolder } from '../../scripts/content-files.ts';
import { type RunResult, keepAstroCache, listFiles, PROJECT_ROOT, runScript, textOf } from './support.ts';

const HOSTILE_CONTENT = 'tests/fixtures/hostile/content';
const PAYLOAD = '<script>alert(1)</script> "><img src=x onerror=alert(1)> ]]>';
const TITLE = `Hostile title ${PAYLOAD}`;
const STANDFIRST = `Hostile standfirst ${PAYLOAD}`;
const AUTHOR = `Hostile editor ${PAYLOAD}`;
const SOURCE_TITLE = `Hostile report ${PAYLOAD}`;
const WORDING = `over 1,070 dead ${PAYLOAD}`;
const ARTICLE = 'articles/fixture-published-article/index.html';
/** The same strings in the Spanish translations (content/articles/es/…, translations.es of the records). */
const ES = {
	title: `Título hostil ${PAYLOAD}`,
	standfirst: `Entradilla hostil ${PAYLOAD}`,
	author: `Editor hostil ${PAYLOAD}`,
	bio: `Biografía hostil ${PAYLOAD}`,
	topic: `Represión hostil ${PAYLOAD}`,
	event: `Marcha hostil ${PAYLOAD}`,
	eventDescription: `Descripción hostil de la marcha ${PAYLOAD}`,
	descriptiveTitle: `Título descriptivo hostil ${PAYLOAD}`,
	notes: `Notas hostiles ${PAYLOAD}`,
	victims: `manifestantes hostiles ${PAYLOAD}`,
	article: 'es/articles/fixture-published-article/index.html',
};
/** Each language's article title and standfirst: feeds and the index hold the one of their language. */
const STANDFIRST_OF = new Map([
	[TITLE, STANDFIRST],
	[ES.title, ES.standfirst],
]);

/** Script types that the browser never runs: data, and Pagefind's result templates. */
const INERT_SCRIPT_TYPES = new Set(['application/ld+json', 'text/pagefind-template']);

let outDir: string;
let workDir: string;
let result: RunResult;
let files: string[];
let restoreAstroCache: () => void;

before(
	async () => {
		workDir = mkdtempSync(join(tmpdir(), 'campaign-build-hostile-'));
		outDir = join(workDir, 'out');
		restoreAstroCache = keepAstroCache();
		result = await runScript('scripts/build.ts', { CONTENT_DIR: HOSTILE_CONTENT, BUILD_OUT_DIR: outDir });
		files = result.status === 0 ? listFiles(outDir) : [];
	},
	{ timeout: 180_000 },
);

after(() => {
	rmSync(workDir, { recursive: true, force: true });
	restoreAstroCache();
});

const read = (path: string): string => readFileSync(join(outDir, path), 'utf8');

describe('hostile content', () => {
	it('builds', () => assert.equal(result.status, 0, result.output));

	it('makes no script, event handler or image of its own in any page', () => {
		const pages = files.filter((file) => file.endsWith('.html'));
		assert.ok(pages.length > 10);
		for (const file of pages) {
			const html = read(file);
			const page = parse(html);
			for (const element of page.querySelectorAll('*')) {
				const where = `${file}: <${element.rawTagName}>`;
				for (const name of Object.keys(element.attributes))
					assert.doesNotMatch(name, /^on/i, `${where} has an event handler attribute ${name}`);
				if (element.tagName === 'SCRIPT') {
					const type = element.getAttribute('type') ?? '';
					const runsCode = !INERT_SCRIPT_TYPES.has(type);
					if (runsCode) assert.ok(type === 'module' && element.getAttribute('src'), `${where} is an inline script`);
					assert.equal(element.rawText.includes('alert(1)') && type !== 'application/ld+json', false, `${where} holds the payload`);
				}
				if (element.tagName === 'IMG') assert.notEqual(element.getAttribute('src'), 'x', `${where} is the payload's image`);
			}
			// Escaped payload text never closes an element early (a JSON-LD block or an attribute).
			assert.equal(html.includes(PAYLOAD), false, `${file} holds the payload unescaped`);
		}
	});

	it('shows every text field an editor filled with the payload as text on some page', () => {
		const strings = (value: unknown): string[] =>
			typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : [];
		const filled = new Set(
			readContentFolder(join(PROJECT_ROOT, HOSTILE_CONTENT), PROJECT_ROOT).flatMap((file) =>
				strings(file.data).filter((value) => value.includes(PAYLOAD)),
			),
		);
		assert.ok(filled.size >= 40, `only ${filled.size} fields of the fixture hold the payload`);
		const shown = files
			.filter((file) => file.endsWith('.html'))
			.map((file) => {
				const page = parse(read(file));
				const attributes = page.querySelectorAll('*').flatMap((element) => Object.values(element.attributes));
				return [textOf(page), ...attributes].join('\n');
			})
			.join('\n');
		for (const value of filled) assert.ok(shown.includes(value), `"${value}" is on no page as text`);
	});

	it('shows the strings as text on the article page: title, standfirst, author, source title, figure wording, meta tags', () => {
		const page = parse(read(ARTICLE));
		assert.equal(textOf(page.querySelector('h1')), TITLE);
		assert.ok(textOf(page.querySelector('main')).includes(STANDFIRST), 'standfirst');
		assert.ok(textOf(page.querySelector('.byline')).includes(AUTHOR), 'author name');
		assert.ok(textOf(page.querySelector('.reference-list')).includes(SOURCE_TITLE), 'source title');
		assert.ok(textOf(page.querySelector('.figures-cited')).includes(WORDING), 'figure wording');
		assert.ok(textOf(page.querySelector('title')).startsWith(TITLE), '<title>');
		assert.equal(page.querySelector('meta[name="description"]')?.getAttribute('content'), STANDFIRST);
		assert.equal(page.querySelector('meta[property="og:title"]')?.getAttribute('content'), TITLE);
		assert.equal(page.querySelector('meta[property="og:description"]')?.getAttribute('content'), STANDFIRST);
	});

	it('shows the Spanish strings as text on the Spanish article page: title, standfirst, author, source titles, figure prose, meta tags', () => {
		const page = parse(read(ES.article));
		assert.equal(page.querySelector('html')?.getAttribute('lang'), 'es');
		assert.equal(textOf(page.querySelector('h1')), ES.title);
		assert.ok(textOf(page.querySelector('main')).includes(ES.standfirst), 'standfirst');
		assert.ok(textOf(page.querySelector('.byline')).includes(ES.author), 'author name');
		const references = textOf(page.querySelector('.reference-list'));
		assert.ok(references.includes(SOURCE_TITLE), 'a document’s own title, untranslated');
		assert.ok(references.includes(ES.descriptiveTitle), 'a descriptive title, translated');
		const figures = textOf(page.querySelector('.figures-cited'));
		assert.ok(figures.includes(WORDING), 'figure wording, the source’s own words');
		assert.ok(figures.includes(ES.victims), 'figure prose, translated');
		assert.ok(textOf(page.querySelector('title')).startsWith(ES.title), '<title>');
		assert.equal(page.querySelector('meta[name="description"]')?.getAttribute('content'), ES.standfirst);
		assert.equal(page.querySelector('meta[property="og:title"]')?.getAttribute('content'), ES.title);
		assert.equal(page.querySelector('meta[property="og:description"]')?.getAttribute('content'), ES.standfirst);
	});

	it('shows the Spanish records as text on the Spanish pages: topic, author, timeline, sources', () => {
		assert.ok(textOf(parse(read('es/topics/fixture-repression/index.html')).querySelector('h1')).includes(ES.topic), 'topic name');
		const author = textOf(parse(read('es/authors/fixture-editor/index.html')).querySelector('main'));
		assert.ok(author.includes(ES.author) && author.includes(ES.bio), 'author name and bio');
		const timeline = textOf(parse(read('es/timeline/index.html')).querySelector('main'));
		assert.ok(timeline.includes(ES.event) && timeline.includes(ES.eventDescription), 'event title and description');
		const sources = textOf(parse(read('es/sources/index.html')).querySelector('main'));
		assert.ok(sources.includes(ES.descriptiveTitle), 'descriptive source title');
		const notes = textOf(parse(read('es/sources/fixture-unsigned-statement/index.html')).querySelector('main'));
		assert.ok(notes.includes(ES.notes), 'source notes');
	});

	for (const [article, strings] of [
		[ARTICLE, [TITLE, STANDFIRST, AUTHOR]],
		[ES.article, [ES.title, ES.standfirst, ES.author]],
	] as const)
		it(`keeps JSON-LD well-formed, unclosable and holding the strings as text on ${article}`, () => {
			const blocks = parse(read(article)).querySelectorAll('script[type="application/ld+json"]');
			assert.ok(blocks.length > 0, 'no JSON-LD on the article page');
			const text = blocks.map((block) => {
				assert.doesNotMatch(block.rawText, /<\/script|<!--/i, 'JSON-LD could close its <script> element');
				return JSON.stringify(JSON.parse(block.rawText));
			});
			for (const expected of strings) assert.ok(text.some((json) => json.includes(JSON.stringify(expected))), `JSON-LD lacks ${expected}`);
		});

	it('puts the strings in the RSS feeds as text of valid XML', async () => {
		const feeds = files.filter((file) => file.endsWith('.xml') && !file.startsWith('sitemap'));
		assert.ok(feeds.includes('rss.xml') && feeds.includes('es/rss.xml'));
		for (const file of feeds) {
			const feed = await new Parser().parseString(read(file));
			const item = feed.items.find((candidate) => STANDFIRST_OF.has(candidate.title ?? ''));
			if (file === 'rss.xml') assert.equal(item?.title, TITLE, `${file} has no item titled with the payload, as text`);
			if (file === 'es/rss.xml') assert.equal(item?.title, ES.title, `${file} has no item titled with the Spanish payload, as text`);
			if (!item) continue;
			// Feed readers read an item's description as HTML: read so, it must be the standfirst as text, with no element.
			const description = parse(item.content ?? '');
			assert.equal(description.querySelectorAll('*').length, 0, `${file}: the description becomes markup in a feed reader`);
			assert.equal(description.text, STANDFIRST_OF.get(item.title ?? ''), `${file}: the description is not the standfirst as text`);
			// The entry in full (content:encoded) is HTML: the payload in it must be escaped text, not elements.
			const encoded = (item as { 'content:encoded'?: string })['content:encoded'];
			if (encoded) {
				const body = parse(encoded);
				assert.equal(body.querySelectorAll('script').length, 0, `${file}: an item's HTML holds a script`);
				assert.equal(body.querySelectorAll('[onerror]').length, 0, `${file}: an item's HTML holds an onerror`);
				assert.ok(textOf(body).includes(WORDING) || textOf(body).includes('Hostile'), `${file}: the payload text is gone from the item`);
			}
		}
	});

	it('puts the strings in the JSON feeds and the open data as text', () => {
		for (const [path, title] of [
			['feed.json', TITLE],
			['es/feed.json', ES.title],
		] as const) {
			const feed = JSON.parse(read(path)) as { items: { title: string; summary?: string; content_html?: string }[] };
			const item = feed.items.find((candidate) => candidate.title === title);
			assert.ok(item, `${path} has no item with the payload title`);
			assert.equal(item.summary, STANDFIRST_OF.get(title), `${path}: the summary is the standfirst`);
			if (item.content_html) {
				const body = parse(item.content_html);
				assert.equal(body.querySelectorAll('script').length + body.querySelectorAll('[onerror]').length, 0, `${path}: an item's HTML holds markup of the payload`);
			}
		}
		assert.ok(read('data/figures.json').includes(JSON.stringify(WORDING).slice(1, -1)), 'figures.json lacks the wording');
		assert.ok(JSON.stringify(JSON.parse(read('data/sources.json'))).includes(JSON.stringify(SOURCE_TITLE)), 'sources.json');
	});

	it('indexes the strings for search as plain text', () => {
		const fragments = files.filter((file) => /^pagefind\/[a-z]{2}\/fragment\//.test(file));
		const decoded = fragments.map((file) => {
			const bytes = gunzipSync(readFileSync(join(outDir, file))).toString('utf8');
			assert.ok(bytes.startsWith('pagefind_dcd'), `${file} is not a Pagefind fragment`);
			return JSON.parse(bytes.slice('pagefind_dcd'.length)) as { url: string; content: string; meta: Record<string, string> };
		});
		const article = decoded.find((fragment) => fragment.url === '/articles/fixture-published-article/');
		assert.ok(article, 'the article is not indexed');
		assert.equal(article.meta.title, TITLE);
		assert.ok(article.content.includes(WORDING) || article.content.includes(STANDFIRST), 'the indexed text lacks the payload text');
		const spanish = decoded.find((fragment) => fragment.url === '/es/articles/fixture-published-article/');
		assert.ok(spanish, 'the Spanish article is not indexed');
		assert.equal(spanish.meta.title, ES.title);
		assert.ok(spanish.meta.authors?.includes(ES.author), 'the Spanish index lacks the Spanish author name');
		assert.ok(spanish.content.includes(ES.standfirst), 'the Spanish indexed text lacks the payload text');
	});
});
