// The Spanish edition, checked on the built site in dist/ (run `node scripts/build.ts` first): every page
// type in every language, translations linked both ways in the switcher, the head and the sitemap,
// figures that cannot differ between languages, and each language's own feeds and search index.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { HTMLElement } from 'node-html-parser';
import Parser from 'rss-parser';
import { contentDir } from '../../src/content-model/collections.ts';
import { SITE } from '../../src/config/site.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language, OPEN_GRAPH_LOCALES, TRANSLATION_LANGUAGES } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/ui.ts';
import { builtSiteDir, listFiles, loadSiteContent, readPage, textOf } from './support.ts';

const outDir = builtSiteDir();
const translations = loadSiteContent(contentDir())
	.entries.filter((entry) => entry.data.lang !== DEFAULT_LANGUAGE && !entry.data.draft)
	.map(({ collection, id, data }) => ({ lang: data.lang, collection, id, title: data.title }));
const first = translations[0];
/** Published pieces, each counted once whatever its translations. */
const originals = loadSiteContent(contentDir()).entries.filter((entry) => entry.data.lang === DEFAULT_LANGUAGE && !entry.data.draft).length;

/** A page's folder in a language: '' for the home page, 'archive', 'articles/x' … */
function pagePath(lang: Language, path: string): string {
	return join(outDir, ...(lang === DEFAULT_LANGUAGE ? [] : [lang]), path, 'index.html');
}

function siteAddress(lang: Language, path: string): string {
	const prefix = lang === DEFAULT_LANGUAGE ? '' : `${lang}/`;
	return new URL(`${SITE.base.replace(/\/?$/, '/')}${prefix}${path === '' ? '' : `${path}/`}`, SITE.url).href;
}

/** Every kind of page, by its path in the default language, picked from what was built. */
function pageTypes(): Record<string, string> {
	const built = listFiles(outDir).filter((file) => file.endsWith('index.html') && !file.startsWith('es/'));
	const firstUnder = (folder: string) => {
		const found = built.find((file) => file.startsWith(`${folder}/`) && file.split('/').length === 3);
		assert.ok(found, `no page under ${folder}/ was built`);
		return found.replace(/\/index\.html$/, '');
	};
	return {
		home: '',
		archive: 'archive',
		article: firstUnder('articles'),
		summary: firstUnder('summaries'),
		topics: 'topics',
		topic: firstUnder('topics'),
		countries: 'countries',
		country: firstUnder('countries'),
		author: firstUnder('authors'),
		sources: 'sources',
		source: firstUnder('sources'),
		figures: 'figures',
		timeline: 'timeline',
		search: 'search',
		feeds: 'feeds',
		about: 'about',
	};
}

before(() => {
	assert.ok(existsSync(join(outDir, 'index.html')), `no built site in ${outDir}: run \`node scripts/build.ts\` first`);
	assert.ok(first, 'the content has no translation: the checks below would check nothing');
});

describe('every page type in every language', () => {
	const types = pageTypes();
	for (const lang of LANGUAGES)
		for (const [type, path] of Object.entries(types))
			it(`${lang}: the ${type} page is built, in ${lang}, with the interface in ${lang}`, () => {
				const page = readPage(pagePath(lang, path));
				assert.equal(page.querySelector('html')?.getAttribute('lang'), lang);
				assert.equal(page.querySelector('.skip-link')?.text, t(lang, 'skip.link'));
				const nav = page.querySelectorAll(`nav[aria-label="${t(lang, 'nav.label')}"] a`).map((link) => link.text);
				assert.ok(
					nav.includes(t(lang, 'nav.figures')) && nav.includes(t(lang, 'nav.timeline')),
					`${lang}/${path}: navigation is not in ${lang}`,
				);
			});

	for (const lang of LANGUAGES)
		it(`${lang}: has a 404 page, its feeds and its share image`, () => {
			const prefix = lang === DEFAULT_LANGUAGE ? '' : `${lang}/`;
			for (const file of ['404.html', 'rss.xml', 'feed.json', 'share.png'])
				assert.ok(existsSync(join(outDir, prefix, file)), `no ${prefix}${file}`);
			assert.equal(
				readPage(join(outDir, prefix, '404.html'))
					.querySelector('html')
					?.getAttribute('lang'),
				lang,
			);
		});
});

/** The addresses a page names as its versions in each language, from its head. */
function alternates(page: HTMLElement): Map<string, string> {
	return new Map(
		page
			.querySelectorAll('link[rel="alternate"][hreflang]')
			.map((link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? '']),
	);
}

describe('translations are linked both ways', () => {
	for (const translation of translations) {
		const path = `${translation.collection}/${translation.id}`;
		it(`${path}: the switcher and hreflang link the ${DEFAULT_LANGUAGE} and ${translation.lang} versions`, () => {
			const original = readPage(pagePath(DEFAULT_LANGUAGE, path));
			const translated = readPage(pagePath(translation.lang, path));
			assert.equal(textOf(translated.querySelector('h1')), translation.title);
			for (const page of [original, translated]) {
				assert.equal(alternates(page).get(DEFAULT_LANGUAGE), siteAddress(DEFAULT_LANGUAGE, path));
				assert.equal(alternates(page).get(translation.lang), siteAddress(translation.lang, path));
				assert.equal(alternates(page).get('x-default'), siteAddress(DEFAULT_LANGUAGE, path));
			}
			const toTranslation = original.querySelector(`.language-switcher a[hreflang="${translation.lang}"]`);
			assert.equal(new URL(toTranslation?.getAttribute('href') ?? '', SITE.url).href, siteAddress(translation.lang, path));
			assert.equal(toTranslation?.hasAttribute('data-untranslated'), false);
			const toOriginal = translated.querySelector(`.language-switcher a[hreflang="${DEFAULT_LANGUAGE}"]`);
			assert.equal(new URL(toOriginal?.getAttribute('href') ?? '', SITE.url).href, siteAddress(DEFAULT_LANGUAGE, path));
			// The translation says it is one, and links to its original, for readers and for machines.
			assert.ok(translated.querySelector(`.translation-note a[href$="/${path}/"]`), 'no translation note linking to the original');
			const ld = JSON.parse(translated.querySelector('script[type="application/ld+json"]')?.text ?? '{}') as {
				inLanguage?: string;
				translationOfWork?: { url?: string };
			};
			assert.equal(ld.inLanguage, translation.lang);
			assert.equal(ld.translationOfWork?.url, siteAddress(DEFAULT_LANGUAGE, path));
			const ogLocales = (page: HTMLElement, property: string) =>
				page.querySelectorAll(`meta[property="${property}"]`).map((meta) => meta.getAttribute('content'));
			assert.deepEqual(ogLocales(translated, 'og:locale'), [OPEN_GRAPH_LOCALES[translation.lang]]);
			assert.deepEqual(ogLocales(translated, 'og:locale:alternate'), [OPEN_GRAPH_LOCALES[DEFAULT_LANGUAGE]]);
			assert.deepEqual(ogLocales(original, 'og:locale:alternate'), [OPEN_GRAPH_LOCALES[translation.lang]]);
		});
	}

	it('every other page links to the same page in the other language, and that page exists', () => {
		for (const lang of LANGUAGES)
			for (const path of Object.values(pageTypes())) {
				const page = readPage(pagePath(lang, path));
				for (const other of LANGUAGES.filter((candidate) => candidate !== lang)) {
					const href = page.querySelector(`.language-switcher a[hreflang="${other}"]`)?.getAttribute('href');
					assert.equal(
						href !== undefined && new URL(href, SITE.url).href,
						siteAddress(other, path),
						`${lang}/${path}: switcher to ${other}`,
					);
					assert.ok(existsSync(pagePath(other, path)), `${other}/${path} is not built`);
				}
			}
	});

	it('the sitemap lists each translation as an alternate of its original', () => {
		const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
		for (const translation of translations) {
			const path = `${translation.collection}/${translation.id}`;
			const entry = sitemap.split('<url>').find((url) => url.startsWith(`<loc>${siteAddress(DEFAULT_LANGUAGE, path)}</loc>`));
			assert.ok(entry, `${path} is not in the sitemap`);
			assert.ok(
				entry.includes(`<xhtml:link rel="alternate" hreflang="${translation.lang}" href="${siteAddress(translation.lang, path)}"/>`),
				`${path}: no ${translation.lang} alternate in the sitemap`,
			);
		}
	});
});

/** A figure as a reader can check it: its number's digits and the source's words. */
function figuresOf(page: HTMLElement) {
	return page.querySelectorAll('.figure').map((figure) => ({
		id: figure.getAttribute('data-figure-id'),
		digits: textOf(figure.querySelector('.figure-number')).replace(/\D/g, ''),
		wording: textOf(figure.querySelector('.quoted-wording')),
	}));
}

describe('a figure is the same in every language', () => {
	for (const translation of translations) {
		const path = `${translation.collection}/${translation.id}`;
		it(`${path}: the same figures, numbers and source’s words in ${DEFAULT_LANGUAGE} and ${translation.lang}`, () => {
			const original = readPage(pagePath(DEFAULT_LANGUAGE, path));
			const translated = readPage(pagePath(translation.lang, path));
			assert.deepEqual(figuresOf(translated), figuresOf(original));
			// The source's words stay in the language it wrote them in, and are marked so on the translation.
			for (const wording of translated.querySelectorAll('.figure .quoted-wording'))
				assert.equal(wording.getAttribute('lang'), DEFAULT_LANGUAGE);
			// The labels around them are the translation's.
			if (translated.querySelector('.figure'))
				assert.equal(textOf(translated.querySelector('#figures')), t(translation.lang, 'figures.heading'));
		});
	}
});

describe('each language has its own feeds and search index', () => {
	for (const lang of TRANSLATION_LANGUAGES) {
		const expected = translations.filter((translation) => translation.lang === lang);

		it(`/${lang}/rss.xml is in ${lang} and holds exactly the ${expected.length} entries written in ${lang}`, async () => {
			const xml = readFileSync(join(outDir, lang, 'rss.xml'), 'utf8');
			assert.match(xml, new RegExp(`<language>${lang}</language>`));
			const feed = await new Parser().parseString(xml);
			const links = feed.items.map((item) => new URL(item.link ?? '').pathname).sort();
			const base = SITE.base.replace(/\/?$/, '/');
			assert.deepEqual(links, expected.map((entry) => `${base}${lang}/${entry.collection}/${entry.id}/`).sort());
			assert.deepEqual(feed.items.map((item) => item.title).sort(), expected.map((entry) => entry.title).sort());
		});

		it(`/${lang}/feed.json is in ${lang} with the same items`, () => {
			const feed = JSON.parse(readFileSync(join(outDir, lang, 'feed.json'), 'utf8')) as { language: string; items: { url: string }[] };
			assert.equal(feed.language, lang);
			assert.equal(feed.items.length, expected.length);
			assert.ok(feed.items.every((item) => new URL(item.url).pathname.includes(`/${lang}/`)));
		});

		it(`every topic feed in /${lang}/ says it is in ${lang} and carries only ${lang} items`, async () => {
			const topicFeeds = listFiles(join(outDir, lang, 'topics')).filter((file) => file.endsWith('rss.xml'));
			assert.ok(topicFeeds.length > 0, 'no topic feeds');
			for (const file of topicFeeds) {
				const xml = readFileSync(join(outDir, lang, 'topics', file), 'utf8');
				assert.match(xml, new RegExp(`<language>${lang}</language>`), file);
				const feed = await new Parser().parseString(xml);
				for (const item of feed.items) assert.ok(new URL(item.link ?? '').pathname.includes(`/${lang}/`), `${file}: ${item.link}`);
			}
		});

		it(`the ${lang} search index holds every published piece once: the ${expected.length} written in ${lang}, the others as written`, () => {
			const entry = JSON.parse(readFileSync(join(outDir, SITE.searchIndexFolder, lang, 'pagefind-entry.json'), 'utf8')) as {
				languages: Record<string, { page_count: number }>;
			};
			assert.deepEqual(Object.keys(entry.languages), [lang]);
			assert.equal(entry.languages[lang]?.page_count, originals);
			assert.ok(expected.length <= originals);
		});
	}
});
