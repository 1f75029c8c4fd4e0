// Builds the fixture content trees under tests/fixtures/ with scripts/build.ts, into temporary folders,
// and checks what a good build publishes and what a bad one reports and leaves behind.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SITE } from '../../src/config/site.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, languageName, TRANSLATION_LANGUAGES } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/ui.ts';
import { checkRssFeed } from './feed-checks.ts';
import { expectedRssFeeds, siteRoot } from './feed-expectations.ts';
import {
	type RunResult,
	type SiteContent,
	type SiteEntry,
	checkEntryPage,
	entryPagePath,
	keepAstroCache,
	listFiles,
	loadSiteContent,
	readPage,
	runScript,
	textOf,
} from './support.ts';
import { checkCharts, checkExports, checkFiguresPage, checkSourcePages, checkSourcesIndex, checkTimeline } from './record-pages.ts';

const GOOD_CONTENT = 'tests/fixtures/good/content';
const BAD_CONTENT = 'tests/fixtures/bad/content';
const BUILD_TIMEOUT = 180_000;

/** Every problem the bad fixture holds, one or more per bad file, as the report must name them. */
const BAD_PROBLEMS = [
	{
		file: 'articles/bad-figure-source.mdx',
		field: 'figures[0].source',
		message: '"fixture-original-article" is not among this entry\'s sources',
	},
	{ file: 'articles/bad-range.mdx', field: 'countries[0]', message: 'must be an ISO 3166-1 alpha-2 country code' },
	{ file: 'articles/bad-range.mdx', field: 'figures[0].max', message: 'range is out of order: min 1200 is greater than max 1000' },
	{ file: 'articles/bad-references.mdx', field: 'authors[0]', message: 'no authors entry "nobody-at-all"' },
	{ file: 'articles/bad-references.mdx', field: 'tags[0]', message: 'no topics entry "no-such-topic"' },
	{
		file: 'articles/bad-references.mdx',
		field: 'line 12',
		message: '<Cite id="fixture-original-article" /> names a source that is not in this entry\'s sources',
	},
	{ file: 'summaries/bad-summary.mdx', field: 'summaryOf', message: '"fixture-original-article" must also be listed in sources' },
	{ file: 'articles/bad-references.mdx', field: 'events[0]', message: 'no events entry "no-such-event"' },
	{
		file: 'articles/bad-figure-source.mdx',
		field: 'figures[0].reported',
		message: 'reported 2023-01-26, before its source "fixture-original-article" was published (2023-03)',
	},
	{ file: 'events/bad-event.yaml', field: 'sources[0]', message: 'no sources entry "no-such-source"' },
	{ file: 'sources/bad-url.yaml', field: 'url', message: 'must be a full http(s) web address' },
	{ file: 'sources/bad-url.yaml', field: '(file)', message: 'no article, summary or event cites "bad-url"' },
	{ file: 'topics/broken-yaml.yaml', field: 'line 1', message: 'cannot be read: bad indentation of a mapping entry' },
	{ file: 'articles/broken-frontmatter.mdx', field: 'line 3', message: 'cannot be read: bad indentation of a mapping entry' },
	{ file: 'authors/misnamed-editor.yml', field: '(file)', message: 'must end in .yaml' },
] as const;

interface ReportedProblem {
	file: string;
	field: string;
	message: string;
}

/**
 * Reads the problem list out of a report (formatProblems' layout: a line naming the file, then
 * "  field: message" lines), wherever it sits in the output of a command.
 */
function reportedProblems(output: string): ReportedProblem[] {
	const problems: ReportedProblem[] = [];
	let file: string | undefined;
	for (const line of output.split('\n')) {
		if (line.startsWith(`${BAD_CONTENT}/`)) file = line.trim();
		else if (file !== undefined && /^ {2}\S/.test(line)) {
			const separator = line.indexOf(': ');
			if (separator !== -1) problems.push({ file, field: line.slice(2, separator), message: line.slice(separator + 2) });
		} else if (line.trim() !== '' && !line.startsWith(' ')) file = undefined;
	}
	return problems;
}

/** Asserts that output reports every problem of the bad fixture, naming file, field and message. */
function assertReportsEveryProblem(output: string): void {
	const reported = reportedProblems(output);
	for (const expected of BAD_PROBLEMS) {
		const file = `${BAD_CONTENT}/${expected.file}`;
		assert.ok(
			reported.some((problem) => problem.file === file && problem.field === expected.field && problem.message.includes(expected.message)),
			`the report does not name ${file} › ${expected.field}: ${expected.message}\n\n${output}`,
		);
	}
	// The report holds exactly these problems, and names no good file.
	assert.match(output, new RegExp(`^${BAD_PROBLEMS.length} content problems:$`, 'm'));
	assert.equal(reported.length, BAD_PROBLEMS.length, `the report lists ${reported.length} problems, not ${BAD_PROBLEMS.length}:\n\n${output}`);
	assert.equal(output.includes('good-article.mdx'), false, 'the report names a file that has no problem');
}

let workDir: string;
let restoreAstroCache: () => void;

before(() => {
	workDir = mkdtempSync(join(tmpdir(), 'campaign-build-fixtures-'));
	// A fixture build leaves Astro's generated files describing the fixture: put them back afterwards.
	restoreAstroCache = keepAstroCache();
});

after(() => {
	rmSync(workDir, { recursive: true, force: true });
	restoreAstroCache();
});

describe('building the good fixture', () => {
	let outDir: string;
	let result: RunResult;
	let content: SiteContent;

	before(
		async () => {
			outDir = join(workDir, 'good');
			content = loadSiteContent(GOOD_CONTENT);
			result = await runScript('scripts/build.ts', { CONTENT_DIR: GOOD_CONTENT, BUILD_OUT_DIR: outDir });
		},
		{ timeout: BUILD_TIMEOUT },
	);

	it('succeeds and leaves no staging folder', () => {
		assert.equal(result.status, 0, result.output);
		assert.ok(existsSync(join(outDir, 'index.html')));
		assert.equal(existsSync(`${outDir}.staging`), false);
	});

	it('has one published article translated into Spanish, one untranslated, one draft and one untranslated summary to check', () => {
		const kinds = content.entries.map((entry) => `${entry.collection} ${entry.data.lang}${entry.data.draft ? ' (draft)' : ''}`).sort();
		assert.deepEqual(kinds, ['articles en', 'articles en', 'articles en (draft)', 'articles es', 'summaries en']);
	});

	it('publishes the article and the summary at their addresses, and the translation under /es/', () => {
		for (const entry of content.entries.filter((entry) => !entry.data.draft))
			assert.ok(existsSync(entryPagePath(outDir, entry)), `missing page for ${entry.file}`);
		assert.ok(existsSync(join(outDir, 'articles', 'fixture-published-article', 'index.html')));
		assert.ok(existsSync(join(outDir, 'summaries', 'fixture-original-article', 'index.html')));
		assert.ok(existsSync(join(outDir, 'es', 'articles', 'fixture-published-article', 'index.html')));
		assert.equal(existsSync(join(outDir, 'es', 'summaries')), false, 'an untranslated summary has no Spanish page');
	});

	it('shows each published entry’s figures, references, citations, language, date and kind', () => {
		for (const entry of content.entries.filter((entry) => !entry.data.draft))
			checkEntryPage(readPage(entryPagePath(outDir, entry)), entry, content.sources);
	});

	for (const lang of LANGUAGES)
		it(`shows the featured image through astro:assets, with alt text in ${lang}, size, responsive widths, credit and licence`, () => {
			const entry = content.entries.find((candidate) => candidate.id === 'fixture-published-article' && candidate.data.lang === lang);
			assert.ok(entry?.data.image);
			const page = readPage(entryPagePath(outDir, entry));
			const image = page.querySelector('.featured-image img');
			assert.ok(image, 'no featured image');
			assert.equal(image.getAttribute('alt'), entry.data.image.alt);
			assert.match(image.getAttribute('width') ?? '', /^\d+$/);
			assert.match(image.getAttribute('height') ?? '', /^\d+$/);
			const candidates = (image.getAttribute('srcset') ?? '').split(',').filter(Boolean);
			assert.ok(candidates.length >= 2, `expected several widths in srcset, got "${image.getAttribute('srcset')}"`);
			for (const candidate of candidates) {
				const url = candidate.trim().split(/\s+/)[0] ?? '';
				assert.match(url, /\.webp$/, `${url} is not a modern format`);
				assert.ok(existsSync(join(outDir, url.replace(/^\//, ''))), `${url} was not written`);
			}
			const caption = textOf(page.querySelector('.featured-image figcaption'));
			assert.ok(caption.includes(entry.data.image.credit) && caption.includes(entry.data.image.licence), caption);
		});

	it('shows the republication note, the correction and the updated date', () => {
		const entry = content.entries.find((candidate) => candidate.id === 'fixture-published-article');
		assert.ok(entry?.data.republished && entry.data.updated);
		const page = readPage(entryPagePath(outDir, entry));
		assert.equal(textOf(page.querySelector('.republished-note')), 'First published in The Fixture Weekly, January 2024.');
		const corrections = page.querySelectorAll('.corrections li').map((item) => textOf(item));
		assert.deepEqual(
			corrections,
			entry.data.corrections.map((correction) => `3 February 2024: ${correction.note}`),
		);
		assert.ok(page.querySelector(`.entry-meta time[datetime="${entry.data.updated.iso}"]`), 'no updated <time>');
	});

	it('shows the Spanish translation’s own corrections, the republication note in Spanish and a link to the original', () => {
		const entry = content.entries.find((candidate) => candidate.id === 'fixture-published-article' && candidate.data.lang === 'es');
		assert.ok(entry);
		const page = readPage(entryPagePath(outDir, entry));
		assert.equal(textOf(page.querySelector('.republished-note')), 'Publicado originalmente en The Fixture Weekly, enero de 2024.');
		assert.deepEqual(
			page.querySelectorAll('.corrections li').map((item) => textOf(item)),
			entry.data.corrections.map((correction) => `5 de febrero de 2024: ${correction.note}`),
		);
		const original = page.querySelector('.translation-note a');
		assert.ok(original, 'no link to the original');
		assert.ok(
			original.getAttribute('href')?.endsWith('/articles/fixture-published-article/') && !original.getAttribute('href')?.includes('/es/'),
			'links the original',
		);
		assert.equal(original.getAttribute('hreflang'), 'en');
	});

	it('leads from the untranslated summary to the Spanish home page, saying it is not translated', () => {
		const page = readPage(join(outDir, 'summaries', 'fixture-original-article', 'index.html'));
		const link = page.querySelector('.language-switcher a[hreflang="es"]');
		assert.ok(link, 'no link to Spanish');
		assert.equal(link.getAttribute('href'), `${SITE.base.replace(/\/?$/, '/')}es/`);
		assert.ok(link.hasAttribute('data-untranslated'));
		assert.ok(textOf(link).includes(t('es', 'language.untranslated')), textOf(link));
		assert.equal(link.parentNode?.getAttribute('lang'), 'es');
		// No alternate is claimed for a page that has none.
		assert.deepEqual(
			page.querySelectorAll('link[rel="alternate"][hreflang]').map((alternate) => alternate.getAttribute('hreflang')),
			['en'],
		);
	});

	it('lists the untranslated summary on Spanish lists in English, marked as such, and leaves it out of the Spanish feed', () => {
		const summary = content.entries.find((entry) => entry.collection === 'summaries');
		assert.ok(summary);
		const archive = readPage(join(outDir, 'es', 'archive', 'index.html'));
		const card = archive
			.querySelectorAll('.entry-card')
			.find((candidate) => textOf(candidate.querySelector('.entry-card-title')) === summary.data.title);
		assert.ok(card, 'the Spanish archive does not list the untranslated summary');
		assert.equal(card.getAttribute('lang'), 'en');
		assert.equal(textOf(card.querySelector('.entry-card-language')), t('es', 'list.inLanguage', { language: 'inglés' }));
		assert.equal(card.querySelector('.entry-card-language')?.getAttribute('lang'), 'es');
		assert.equal(card.querySelector('.entry-card-title a')?.getAttribute('hreflang'), 'en');
		// Its figures' people are in its words too, marked as English on the Spanish figures page.
		const figures = readPage(join(outDir, 'es', 'figures', 'index.html'));
		const victims = summary.data.figures.flatMap((figure) => (figure.victims ? [figure.victims] : []));
		assert.ok(victims.length > 0, 'the fixture summary has no figure with victims to check');
		for (const words of victims) {
			const marked = figures.querySelectorAll('.report-table span').filter((span) => textOf(span) === words);
			assert.ok(marked.length > 0, `"${words}" is not on the Spanish figures page`);
			for (const span of marked) assert.equal(span.getAttribute('lang'), 'en', `"${words}" is not marked as English`);
		}
		const feed = readFileSync(join(outDir, 'es', 'rss.xml'), 'utf8');
		assert.ok(!feed.includes('/summaries/fixture-original-article/'), 'the Spanish feed carries the English summary');
		assert.ok(feed.includes('/es/articles/fixture-published-article/'), 'the Spanish feed lacks the Spanish article');
	});

	it('puts each published entry in full in the feeds, the featured image’s src and srcset absolute and written', async () => {
		const context = { outDir, root: siteRoot(SITE.url, SITE.base) };
		const feeds = expectedRssFeeds(content);
		for (const feed of feeds) await checkRssFeed(feed, content, context);
		const site = feeds.find((feed) => feed.path === 'rss.xml');
		assert.ok(
			site?.entries.some((entry) => entry.data.image),
			'the fixture has no published entry with an image to check',
		);
	});

	it('writes the draft’s id, title and figures into no file', () => {
		const draft = content.entries.find((entry) => entry.data.draft);
		assert.ok(draft);
		const needles = [draft.id, draft.data.title, ...draft.data.figures.map((figure) => figure.id)];
		const files = listFiles(outDir);
		assert.ok(files.length > 10, 'the build wrote too few files to be a whole site');
		for (const file of files) {
			for (const needle of needles) assert.equal(file.includes(needle), false, `${file} is named after the draft`);
			const text = readFileSync(join(outDir, file), 'utf8');
			for (const needle of needles) assert.equal(text.includes(needle), false, `${file} contains "${needle}" from the draft`);
		}
	});

	it('lists the published entries in the archive', () => {
		const archive = readPage(join(outDir, 'archive', 'index.html'));
		const links = archive.querySelectorAll('a').map((link) => link.getAttribute('href') ?? '');
		assert.ok(
			links.some((href) => href.endsWith('/articles/fixture-published-article/') && !href.includes('/es/')),
			'the archive does not link the article',
		);
		assert.ok(
			links.some((href) => href.endsWith('/summaries/fixture-original-article/')),
			'the archive does not link the summary',
		);
	});

	it('lists every published entry in the Spanish archive: the translation, and the untranslated summary in English', () => {
		const archive = readPage(join(outDir, 'es', 'archive', 'index.html'));
		const titles = archive.querySelectorAll('.entry-card-title a');
		const links = titles.map((link) => link.getAttribute('href') ?? '');
		assert.equal(links.length, content.entries.filter((entry) => entry.data.lang === 'en' && !entry.data.draft).length, links.join(', '));
		assert.ok(
			links.some((href) => href.endsWith('/es/articles/fixture-published-article/')),
			'the Spanish archive does not link the translation',
		);
		const summary = titles.find((link) => (link.getAttribute('href') ?? '').endsWith('/summaries/fixture-original-article/'));
		assert.ok(summary, 'the Spanish archive does not link the untranslated summary');
		assert.ok(!(summary.getAttribute('href') ?? '').includes('/es/'), 'the untranslated summary is linked at its English address');
		assert.equal(summary.getAttribute('hreflang'), 'en', 'the link says the summary is in English');
		assert.equal(summary.closest('.entry-card')?.getAttribute('lang'), 'en', 'the card of the English summary is marked as English');
	});

	it('builds the figures page, its charts, the sources, the timeline and the exports from the content, in every language', () => {
		for (const lang of LANGUAGES) {
			checkFiguresPage(outDir, content, lang);
			checkCharts(outDir, lang);
			checkSourcesIndex(outDir, content, lang);
			checkSourcePages(outDir, content, lang);
			checkTimeline(outDir, content, lang);
		}
		checkExports(outDir, content);
	});

	it('takes a page’s language from its prefix alone, not from a country code that is also a language’s (Spain’s, es)', () => {
		const countries = new Set(content.entries.filter((entry) => !entry.data.draft).flatMap((entry) => entry.data.countries));
		const clashing = TRANSLATION_LANGUAGES.filter((lang) => countries.has(lang.toUpperCase()));
		assert.ok(clashing.length > 0, 'the fixture has no country whose code is also a language’s');
		for (const code of clashing)
			for (const lang of LANGUAGES) {
				const folder = join(outDir, ...(lang === DEFAULT_LANGUAGE ? [] : [lang]), 'countries', code);
				const page = readPage(join(folder, 'index.html'));
				assert.equal(page.querySelector('html')?.getAttribute('lang'), lang, `${folder}: <html lang>`);
				assert.equal(textOf(page.querySelector('.site-footer a')), t(lang, 'nav.about'), `${folder}: the footer's language`);
				assert.ok(readFileSync(join(folder, 'rss.xml'), 'utf8').includes(`<language>${lang}</language>`), `${folder}/rss.xml: <language>`);
			}
	});

	describe('related entries', () => {
		const originals = () => content.entries.filter((entry) => entry.data.lang === DEFAULT_LANGUAGE && !entry.data.draft);
		const shared = (a: SiteEntry, b: SiteEntry, field: 'events' | 'sources' | 'tags') =>
			a.data[field].filter(({ id }) => b.data[field].some((other) => other.id === id)).length;
		/** The related entries an entry's page lists, as the addresses of their pages, with their cards. */
		const listed = (entry: SiteEntry) => {
			const page = readPage(entryPagePath(outDir, entry));
			assert.equal(page.querySelectorAll('[data-pagefind-body] .related-entries').length, 0, 'the related entries are indexed as the entry’s text');
			return page.querySelectorAll('.related-entries .entry-card').map((card) => ({ card, href: card.querySelector('.entry-card-title a')?.getAttribute('href') ?? '' }));
		};
		const address = (entry: SiteEntry) => `${SITE.base.replace(/\/?$/, '/')}${entry.data.lang === DEFAULT_LANGUAGE ? '' : `${entry.data.lang}/`}${entry.collection}/${entry.id}/`;

		it('a pair sharing an event lists each other first, before a newer entry that shares as many sources and topics', () => {
			const [a, b] = originals().flatMap((one) => originals().filter((other) => other !== one && shared(one, other, 'events') > 0).map((other) => [one, other]))[0] ?? [];
			assert.ok(a && b, 'the good fixture has two entries that share an event');
			const rival = originals().find((other) => other !== a && other !== b && shared(a, other, 'events') === 0 && shared(a, other, 'sources') >= shared(a, b, 'sources') && other.data.published.iso > b.data.published.iso);
			assert.ok(rival, 'the good fixture has a newer entry sharing as many sources but no event, to be outranked');
			assert.equal(listed(a)[0]?.href, address(b));
			assert.equal(listed(b)[0]?.href, address(a));
			assert.ok(listed(a).some(({ href }) => href === address(rival)), 'the entry sharing sources is listed too');
		});

		it('lists no entry that shares nothing, never the entry itself, and at most the site’s number', () => {
			for (const entry of originals()) {
				const hrefs = listed(entry).map(({ href }) => href);
				assert.ok(hrefs.length <= SITE.relatedEntries);
				assert.ok(!hrefs.includes(address(entry)));
				for (const other of originals().filter((candidate) => hrefs.includes(address(candidate))))
					assert.ok(shared(entry, other, 'events') + shared(entry, other, 'sources') + shared(entry, other, 'tags') > 0, `${other.file} shares nothing with ${entry.file}`);
			}
		});

		it('on a translation, lists them in its language where they are translated, and the others marked as in theirs', () => {
			const translation = content.entries.find((entry) => entry.data.lang !== DEFAULT_LANGUAGE && !entry.data.draft);
			assert.ok(translation);
			const { lang } = translation.data;
			const cards = listed(translation);
			assert.ok(cards.length > 0, 'the translation lists related entries');
			for (const { card, href } of cards) {
				const other = content.entries.find((entry) => address(entry) === href);
				assert.ok(other, `${href} is an entry`);
				const inItsLanguage = content.entries.some((entry) => entry.collection === other.collection && entry.id === other.id && entry.data.lang === lang);
				assert.equal(other.data.lang === lang, inItsLanguage, `${href} is in ${lang} where it can be`);
				if (other.data.lang !== lang) {
					assert.equal(card.getAttribute('lang'), other.data.lang);
					assert.equal(card.querySelector('.entry-card-title a')?.getAttribute('hreflang'), other.data.lang);
					assert.equal(textOf(card.querySelector('.entry-card-language')), t(lang, 'list.inLanguage', { language: languageName(other.data.lang, lang) }));
				}
			}
			assert.ok(cards.some(({ href }) => !href.includes(`/${lang}/`)), 'the fixture relates the translation to an untranslated entry');
		});
	});

	it('lists the background source on the sources page, labelled, though nothing cites it', () => {
		const background = [...content.sources].filter(([, source]) => source.background);
		assert.ok(background.length > 0, 'the fixture has a background source');
		const page = readPage(join(outDir, 'sources', 'index.html'));
		for (const [id] of background)
			assert.ok(page.querySelector(`li[data-source-id="${id}"] .background-label`), `${id} is labelled background`);
	});

	describe('then a failed build into the same folder', () => {
		let previous: string;
		let previousFiles: string[];
		let previousIndex: string;
		let failed: RunResult;

		before(
			async () => {
				assert.equal(result.status, 0, 'the good fixture did not build, so there is no previous build to keep');
				previous = join(workDir, 'previous');
				cpSync(outDir, previous, { recursive: true });
				previousFiles = listFiles(previous);
				previousIndex = readFileSync(join(previous, 'index.html'), 'utf8');
				failed = await runScript('scripts/build.ts', { CONTENT_DIR: BAD_CONTENT, BUILD_OUT_DIR: previous });
			},
			{ timeout: BUILD_TIMEOUT },
		);

		it('fails', () => {
			assert.notEqual(failed.status, 0, failed.output);
			assert.match(failed.output, /still holds the previous complete build/);
		});

		it('leaves the previous complete build as it was', () => {
			assert.equal(readFileSync(join(previous, 'index.html'), 'utf8'), previousIndex);
			assert.deepEqual(listFiles(previous), previousFiles);
			assert.equal(existsSync(`${previous}.staging`), false);
			assert.equal(existsSync(`${previous}.previous`), false);
		});
	});
});

describe('building the bad fixture', () => {
	let outDir: string;
	let result: RunResult;

	before(
		async () => {
			outDir = join(workDir, 'bad');
			result = await runScript('scripts/build.ts', { CONTENT_DIR: BAD_CONTENT, BUILD_OUT_DIR: outDir });
		},
		{ timeout: BUILD_TIMEOUT },
	);

	it('fails', () => {
		assert.notEqual(result.status, 0, result.output);
	});

	it('names every bad file, field and message at once', () => {
		assertReportsEveryProblem(result.output);
	});

	it('names files by their path from the project root', () => {
		assert.match(result.output, /^tests\/fixtures\/bad\/content\/articles\/bad-figure-source\.mdx$/m);
	});

	it('writes nothing: neither the output folder nor a staging folder exists', () => {
		assert.equal(existsSync(outDir), false, `${outDir} was created`);
		assert.equal(existsSync(`${outDir}.staging`), false, `${outDir}.staging was left behind`);
		assert.match(result.output, /nothing was written to/);
	});
});

describe('the content check in `astro sync` and `npm run check`', () => {
	const astro = 'node_modules/astro/bin/astro.mjs';

	it('`astro sync` exits 1 on the bad fixture and lists every problem', { timeout: BUILD_TIMEOUT }, async () => {
		const result = await runScript(astro, { CONTENT_DIR: BAD_CONTENT }, ['sync']);
		assert.equal(result.status, 1, result.output);
		assertReportsEveryProblem(result.output);
	});

	it('`astro check` (npm run check) stops at the same list, before checking types', { timeout: BUILD_TIMEOUT }, async () => {
		const result = await runScript(astro, { CONTENT_DIR: BAD_CONTENT }, ['check']);
		assert.equal(result.status, 1, result.output);
		assertReportsEveryProblem(result.output);
	});

	it('`astro sync` exits 0 on the good fixture', { timeout: BUILD_TIMEOUT }, async () => {
		const result = await runScript(astro, { CONTENT_DIR: GOOD_CONTENT }, ['sync']);
		assert.equal(result.status, 0, result.output);
		assert.doesNotMatch(result.output, /content problem/);
	});
});
