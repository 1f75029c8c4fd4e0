// Shared by the build tests: reads the content the way the site does, finds and parses built pages,
// checks an entry's page against its frontmatter, and runs the project's scripts.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readContentText } from '../../scripts/content-files.ts';
import { createServer } from 'node:net';
import { delimiter, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { type HTMLElement, parse } from 'node-html-parser';
import { type EntryCollection, splitLanguageId, TRANSLATION_COLLECTIONS } from '../../src/content-model/collections.ts';
import { formatProblems } from '../../src/content-model/problems.ts';
import { citedIn, contentFilesIn, contentProblems } from '../support/content-check.ts';
import { DEFAULT_LANGUAGE, isLanguage, type Language, LOCALES } from '../../src/i18n/languages.ts';
import { translateEntryData } from '../../src/lib/entries/translate.ts';
import { entryTranslationSchema } from '../../src/schemas/entry-translation.ts';
import { t } from '../../src/i18n/ui.ts';
import { SITE } from '../../src/config/site.ts';
import { formatQuantity, formatUnit } from '../../src/lib/format.ts';
import { readingMinutes } from '../../src/lib/entries/reading-time.ts';
import { articleSchema, summarySchema } from '../../src/schemas/entry.ts';
import { type Event, eventSchema } from '../../src/schemas/event.ts';
import { type Source, sourceSchema } from '../../src/schemas/source.ts';
import { type Author, authorSchema } from '../../src/schemas/author.ts';
import { type Topic, topicSchema } from '../../src/schemas/topic.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where `node scripts/build.ts` puts the site, as that script works it out. */
export function builtSiteDir(): string {
	return resolve(PROJECT_ROOT, process.env.BUILD_OUT_DIR ?? 'dist');
}

const articleData = articleSchema(z.string());
const summaryData = summarySchema(z.string());

export type EntryData = z.output<typeof articleData> & { summaryOf?: { collection: 'sources'; id: string } };

/**
 * An entry in one language: an original, or a translation (content/articles/es/x.mdx), which keeps its
 * original's collection and id, takes its data from the original with the prose translated (as the site
 * does, with src/lib/translate-entry.ts), and has its own body.
 */
export interface SiteEntry {
	collection: EntryCollection;
	id: string;
	/** As an editor would type it: content/articles/x.mdx, or content/articles/es/x.mdx for a translation. */
	file: string;
	body: string;
	data: EntryData;
}

export interface SiteContent {
	entries: SiteEntry[];
	sources: Map<string, Source>;
	topics: Map<string, Topic>;
	authors: Map<string, Author>;
	events: Map<string, Event>;
}

/**
 * Reads and validates a content folder with the project's own loader, and parses each entry and source
 * with the site's schemas, so that tests expect what the content says rather than hard-coded values.
 * `entries` holds every language version of every entry: the originals and their translations.
 */
/**
 * The words of an MDX body, counted independently of the site's count: tags, expressions and link
 * addresses stripped with regular expressions, then Intl.Segmenter's word-like segments.
 */
function wordsIn(body: string, locale: string): number {
	const prose = body.replace(/<[^>]+>/g, ' ').replace(/\{[^}]*\}/g, ' ').replace(/\]\([^)]*\)/g, ']');
	let words = 0;
	for (const segment of new Intl.Segmenter(locale, { granularity: 'word' }).segment(prose)) if (segment.isWordLike) words += 1;
	return words;
}

/** An MDX file's body as written. */
const bodyOf = (absolutePath: string) => readContentText(absolutePath).body;

export function loadSiteContent(contentRoot: string): SiteContent {
	const files = contentFilesIn(contentRoot, PROJECT_ROOT);
	const problems = contentProblems(contentRoot, PROJECT_ROOT);
	assert.equal(problems.length, 0, `the content under ${contentRoot} has problems:\n${formatProblems(problems)}`);
	const entries: SiteEntry[] = [];
	const sources = new Map<string, Source>();
	const topics = new Map<string, Topic>();
	const authors = new Map<string, Author>();
	const events = new Map<string, Event>();
	const originals = new Map<string, SiteEntry>();
	for (const file of files) {
		if (file.collection === 'sources') sources.set(file.id, sourceSchema.parse(file.data));
		if (file.collection === 'topics') topics.set(file.id, topicSchema.parse(file.data));
		if (file.collection === 'authors') authors.set(file.id, authorSchema.parse(file.data));
		if (file.collection === 'events') events.set(file.id, eventSchema.parse(file.data));
		if (file.collection === 'articles' || file.collection === 'summaries') {
			const data = file.collection === 'articles' ? articleData.parse(file.data) : summaryData.parse(file.data);
			const entry: SiteEntry = { collection: file.collection, id: file.id, file: file.file, body: bodyOf(file.absolutePath), data };
			entries.push(entry);
			originals.set(`${file.collection}/${file.id}`, entry);
		}
	}
	for (const [collection, translations] of Object.entries(TRANSLATION_COLLECTIONS) as [EntryCollection, string][])
		for (const file of files.filter((candidate) => candidate.collection === translations)) {
			const { folder, id } = splitLanguageId(file.id);
			const original = originals.get(`${collection}/${id}`);
			assert.ok(original && isLanguage(folder), `${file.file} translates no original`);
			const data = translateEntryData(original.data, entryTranslationSchema.parse(file.data), folder, file.file);
			entries.push({ collection, id, file: file.file, body: bodyOf(file.absolutePath), data });
		}
	return { entries, sources, topics, authors, events };
}

/** The folder of a language's pages within a build: "" for the default language, "es/" for Spanish. */
export function languagePrefix(lang: Language): string {
	return lang === DEFAULT_LANGUAGE ? '' : `${lang}/`;
}

/** The language of a built file, from its folder: es/about/index.html is Spanish, about/index.html English. */
export function languageOfFile(file: string): Language {
	const [first] = file.split(/[\\/]/);
	return isLanguage(first) && first !== DEFAULT_LANGUAGE ? first : DEFAULT_LANGUAGE;
}

/**
 * A record (topic, author, source, event) as a page in a language shows it: the prose under
 * `translations.<lang>` in place of the default language's, everything else unchanged.
 */
export function localize<Item extends { translations?: unknown }>(record: Item, lang: Language): Item {
	if (lang === DEFAULT_LANGUAGE) return record;
	const prose = (record.translations as Partial<{ [key: string]: { [field: string]: unknown } }> | undefined)?.[lang] ?? {};
	return { ...record, ...Object.fromEntries(Object.entries(prose).filter(([, value]) => value !== undefined)) };
}

/** A map of records as a language shows them. */
export function localized<Item extends { translations?: unknown }>(records: ReadonlyMap<string, Item>, lang: Language): Map<string, Item> {
	return new Map([...records].map(([id, record]) => [id, localize(record, lang)]));
}

/** The built page of an entry: <out>/articles/<id>/index.html, under /<lang>/ for languages other than the default. */
export function entryPagePath(outDir: string, entry: Pick<SiteEntry, 'collection' | 'id' | 'data'>): string {
	const prefix = entry.data.lang === DEFAULT_LANGUAGE ? [] : [entry.data.lang];
	return join(outDir, ...prefix, entry.collection, entry.id, 'index.html');
}

export function readPage(path: string): HTMLElement {
	assert.ok(existsSync(path), `no page at ${path}`);
	return parse(readFileSync(path, 'utf8'));
}

/** Every file under a folder, as paths relative to it. */
export function listFiles(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((dirent) => dirent.isFile())
		.map((dirent) => relative(folder, join(dirent.parentPath, dirent.name)))
		.sort();
}

/** Text as a reader sees it, with runs of white space collapsed. */
export function textOf(element: HTMLElement | null | undefined): string {
	return (element?.text ?? '').replace(/\s+/g, ' ').trim();
}

/** Text without the parts hidden from sight but kept for screen readers. */
function visibleText(element: HTMLElement): string {
	return element.childNodes
		.map((node) => {
			if (!('tagName' in node)) return node.text;
			const child = node as HTMLElement;
			return child.classList.contains('visually-hidden') ? '' : visibleText(child);
		})
		.join('');
}

function collapse(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Checks the page of one entry against its frontmatter. */
export function checkEntryPage(page: HTMLElement, entry: SiteEntry, allSources: ReadonlyMap<string, Source>): void {
	const { data, file } = entry;
	const where = `${file} (${entry.collection}/${entry.id}/)`;
	// Source titles and notes as the page's language shows them (a descriptive title is translated).
	const sources = localized(allSources, data.lang);

	assert.equal(page.querySelector('html')?.getAttribute('lang'), data.lang, `${where}: <html lang>`);

	const meta = page.querySelector('.entry-meta');
	assert.ok(meta, `${where}: the entry's header has no .entry-meta`);
	const times = meta.querySelectorAll('time').map((time) => time.getAttribute('datetime'));
	assert.equal(times[0], data.published.iso, `${where}: the first <time datetime> in the header is the published date`);
	if (data.updated) assert.ok(times.includes(data.updated.iso), `${where}: the updated date ${data.updated.iso} is shown`);
	// The reading time, counted from the file's own body (the site's content store keeps only the count).
	const words = wordsIn(entry.body, LOCALES[data.lang]);
	const minutes = readingMinutes(words, SITE.wordsPerMinute);
	assert.ok(
		collapse(textOf(meta)).endsWith(t(data.lang, 'entry.readingTime', { minutes })),
		`${where}: the header shows the reading time of its ${words} words, ${minutes} min: ${textOf(meta)}`,
	);

	// Figures cited: exactly the frontmatter figures, in order, each with its number and its source's words.
	const figureItems = page.querySelectorAll('.figures-cited li.figure[data-figure-id]');
	assert.deepEqual(
		figureItems.map((item) => item.getAttribute('data-figure-id')),
		data.figures.map((figure) => figure.id),
		`${where}: the figures box lists the frontmatter figures in order`,
	);
	if (data.figures.length === 0) assert.equal(page.querySelector('.figures-cited'), null, `${where}: no figures box without figures`);
	data.figures.forEach((figure, index) => {
		const item = figureItems[index];
		assert.ok(item);
		const number = `${formatQuantity(figure, data.lang)} ${formatUnit(figure.unit, figure, data.lang)}`;
		assert.equal(textOf(item.querySelector('.figure-number')), collapse(number), `${where}: number of figure ${figure.id}`);
		const wording = item.querySelector('.figure-wording');
		assert.ok(wording, `${where}: figure ${figure.id} has no .figure-wording`);
		assert.equal(collapse(visibleText(wording)), collapse(`“${figure.wording}”`), `${where}: wording of figure ${figure.id}`);
		const sourceLinks = item.querySelectorAll('.figure-source a').map((link) => link.getAttribute('href'));
		const expectedLinks = [figure.source, ...(figure.via === undefined ? [] : [figure.via])].map(({ id }) => `#ref-${id}`);
		assert.deepEqual(sourceLinks, expectedLinks, `${where}: figure ${figure.id} links its source (and via)`);
		const parties = [figure.source, ...(figure.via === undefined ? [] : [figure.via])].filter(({ id }) => sources.get(id)?.partyToEvents);
		assert.equal(
			item.querySelectorAll('.figure-source .party-label').length,
			parties.length,
			`${where}: figure ${figure.id} labels each source that is a party to the events`,
		);
	});

	// References: exactly the frontmatter sources, in order, numbered from 1.
	const references = page.querySelectorAll('.reference-list li[data-source-id]');
	assert.deepEqual(
		references.map((item) => item.getAttribute('data-source-id')),
		data.sources.map(({ id }) => id),
		`${where}: the reference list lists the frontmatter sources in order`,
	);
	assert.deepEqual(
		references.map((item) => item.getAttribute('value')),
		data.sources.map((_, index) => String(index + 1)),
		`${where}: references are numbered in order`,
	);
	references.forEach((item, index) => {
		const id = data.sources[index]?.id ?? '';
		const source = sources.get(id);
		assert.ok(source, `${where}: source ${id} is in the content`);
		assert.ok(textOf(item).includes(collapse(source.title)), `${where}: reference ${index + 1} shows its title`);
		const titleLink = item.querySelector('.reference-title a');
		assert.ok(titleLink?.getAttribute('href')?.endsWith(`/sources/${id}/`), `${where}: reference ${index + 1} links to its source page`);
		assert.equal(item.querySelector('.party-label') !== null, source.partyToEvents, `${where}: reference ${index + 1} party label`);
	});

	// Events covered: exactly the frontmatter events, each linked to its place on the timeline.
	const eventLinks = page.querySelectorAll('.events-covered a[data-event-id]');
	assert.deepEqual(
		eventLinks.map((link) => link.getAttribute('data-event-id')).sort(),
		data.events.map(({ id }) => id).toSorted(),
		`${where}: the "Events covered" list holds the frontmatter events`,
	);
	for (const link of eventLinks)
		assert.ok(
			link.getAttribute('href')?.endsWith(`/timeline/#event-${link.getAttribute('data-event-id')}`),
			`${where}: event link ${link.getAttribute('href')} points at the timeline`,
		);
	if (data.events.length === 0) assert.equal(page.querySelector('.events-covered'), null, `${where}: no events list without events`);

	// Citation markers: each points at an element of this page, a reference with the number it shows.
	const cites = page.querySelectorAll('sup.cite a');
	for (const link of cites) {
		const href = link.getAttribute('href') ?? '';
		assert.match(href, /^#./, `${where}: citation link ${href} is an in-page anchor`);
		const target = page.querySelector(`[id="${href.slice(1)}"]`);
		assert.ok(target, `${where}: citation link ${href} points at an id on the page`);
		assert.equal(textOf(link), `[${target.getAttribute('value')}]`, `${where}: citation ${href} shows the number of its reference`);
	}
	const citedOnPage = new Set(cites.map((link) => (link.getAttribute('href') ?? '').replace(/^#ref-/, '')));
	assert.deepEqual(citedOnPage, new Set(citedIn(entry.body)), `${where}: every <Cite /> of the body is rendered`);

	// Kind: a summary says so, names the original, and is marked apart from articles.
	const article = page.querySelector('article.entry');
	assert.ok(article, `${where}: the page has an article.entry`);
	assert.equal(article.getAttribute('data-entry-kind'), entry.collection, `${where}: data-entry-kind`);
	const label = page.querySelector('.kind-label');
	assert.ok(label, `${where}: the page has a .kind-label`);
	if (entry.collection === 'summaries') {
		assert.ok(label.classList.contains('kind-summary'), `${where}: the kind label is marked as a summary`);
		assert.equal(textOf(label), t(data.lang, 'kind.summaryOf'), `${where}: the kind label says it is a summary`);
		const note = page.querySelector('.summary-note');
		assert.ok(note, `${where}: a summary shows the summary note`);
		const original = sources.get(data.summaryOf?.id ?? '');
		assert.ok(original, `${where}: the summarised source ${data.summaryOf?.id} is in the content`);
		assert.ok(textOf(note).includes(collapse(original.title)), `${where}: the summary note names the original's title`);
	} else {
		assert.equal(label.classList.contains('kind-summary'), false, `${where}: an article's kind label is not a summary's`);
		assert.equal(textOf(label), t(data.lang, 'kind.article'), `${where}: the kind label says it is an article`);
		assert.equal(page.querySelector('.summary-note'), null, `${where}: an article has no summary note`);
	}
}

/** Astro's content store as a build leaves it, relative to the project (in Astro's default cacheDir). */
export const CONTENT_STORE = 'node_modules/.astro/data-store.json';

/**
 * Files Astro regenerates on every build from the content and settings it was given. A test build with
 * other content or settings leaves them describing that build; this keeps a copy and returns the
 * function that puts them back, for the editor's dev server and type checks.
 */
export function keepAstroCache(): () => void {
	const files = [
		'.astro/content-assets.mjs',
		'.astro/content-modules.mjs',
		'.astro/content.d.ts',
		'.astro/types.d.ts',
		CONTENT_STORE,
	].map((path) => join(PROJECT_ROOT, path));
	const kept = new Map<string, Buffer>();
	for (const path of files) if (existsSync(path)) kept.set(path, readFileSync(path));
	return () => {
		for (const [path, bytes] of kept) writeFileSync(path, bytes);
	};
}

export interface RunResult {
	status: number | null;
	/** Standard output and standard error together, colour codes removed. */
	output: string;
}

/** Runs a script of the project with this Node, from the project root, with Astro's binaries on the PATH. */
export function runScript(script: string, env: Record<string, string>, args: string[] = []): Promise<RunResult> {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(process.execPath, [script, ...args], {
			cwd: PROJECT_ROOT,
			env: {
				...process.env,
				PATH: [join(PROJECT_ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
				FORCE_COLOR: '0',
				...env,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const chunks: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.on('error', reject);
		child.on('close', (status) =>
			resolvePromise({
				status,
				output: Buffer.concat(chunks)
					.toString('utf8')
					.replace(/\x1b\[[0-9;]*m/g, ''),
			}),
		);
	});
}

/** A TCP port free on 127.0.0.1 now, for a server a test starts. */
export function freePort(): Promise<number> {
	return new Promise((resolvePromise, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolvePromise(address.port) : reject(new Error('no port'))));
		});
	});
}

/**
 * Waits until the server a test started answers `origin` with a success: false if its process exits
 * first or `timeoutMs` passes.
 */
export async function serverAnswers(origin: string, server: ChildProcess, timeoutMs: number): Promise<boolean> {
	for (const deadline = Date.now() + timeoutMs; Date.now() < deadline && server.exitCode === null;) {
		const ok = await fetch(origin).then(
			(response) => response.ok,
			() => false,
		);
		if (ok) return true;
		await new Promise((resolveTimer) => setTimeout(resolveTimer, 50));
	}
	return false;
}
