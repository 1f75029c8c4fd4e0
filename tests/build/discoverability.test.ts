// Sitemap, robots.txt, canonical addresses, Open Graph / Twitter meta, JSON-LD, share links and
// share images, checked on the real build against the real content.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { SITE } from '../../src/config/site.ts';
import { LANGUAGES, OPEN_GRAPH_LOCALES } from '../../src/i18n/languages.ts';
import { entryShareCard } from '../../src/lib/share-cards/card-data.ts';
import { renderShareImage } from '../../src/share-cards/index.ts';
import { builtSiteDir, entryPagePath, languageOfFile, languagePrefix, listFiles, loadSiteContent, readPage } from './support.ts';

const outDir = builtSiteDir();
const content = loadSiteContent('content');
const published = content.entries.filter((entry) => !entry.data.draft);
const siteRoot = new URL(SITE.base, SITE.url).href;
const htmlPages = listFiles(outDir).filter((file) => file.endsWith('.html'));
/** Each language's 404 page: 404.html, es/404.html … served for unknown addresses, with no address of their own. */
const notFoundPages = new Set(LANGUAGES.map((lang) => `${languagePrefix(lang)}404.html`));

/** The address a built file is served at. */
function addressOf(file: string): string {
	return new URL(file.replace(/(^|\/)index\.html$/, '$1'), siteRoot).href;
}

/** The file a site address is served from. */
function fileOf(address: string): string {
	const path = new URL(address).pathname.slice(new URL(siteRoot).pathname.length);
	return join(outDir, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

function metaContents(page: HTMLElement, attribute: 'property' | 'name', key: string): string[] {
	return page.querySelectorAll(`meta[${attribute}="${key}"]`).map((meta) => meta.getAttribute('content') ?? '');
}

function only(page: HTMLElement, attribute: 'property' | 'name', key: string, where: string): string {
	const values = metaContents(page, attribute, key);
	assert.equal(values.length, 1, `${where}: ${key} appears ${values.length} times`);
	return values[0] ?? '';
}

describe('sitemap and robots.txt', () => {
	const index = readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8');
	const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
	const urlElements = sitemaps.flatMap((sitemap) =>
		[...readFileSync(fileOf(sitemap), 'utf8').matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1] ?? ''),
	);
	const listed = urlElements.map((url) => /<loc>([^<]+)<\/loc>/.exec(url)?.[1] ?? '');

	it('lists every public page once, and nothing else', () => {
		const expected = htmlPages
			.filter((file) => !notFoundPages.has(file))
			.map(addressOf)
			.sort();
		assert.deepEqual([...listed].sort(), expected);
		assert.equal(new Set(listed).size, listed.length, 'a page is listed twice');
	});

	it('lists no page that was not built', () => {
		for (const address of listed) assert.ok(existsSync(fileOf(address)), `${address} has no file`);
	});

	it('gives each page the same hreflang alternates as the page’s own head', () => {
		assert.ok(
			notFoundPages.size === LANGUAGES.length && [...notFoundPages].every((file) => htmlPages.includes(file)),
			'a 404 page per language',
		);
		let withAlternates = 0;
		for (const url of urlElements) {
			const address = /<loc>([^<]+)<\/loc>/.exec(url)?.[1] ?? '';
			const inSitemap = [...url.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)]
				.map((match) => `${match[1]} ${match[2]}`)
				.sort();
			const inHead = readPage(fileOf(address))
				.querySelectorAll('head link[rel="alternate"][hreflang]')
				.filter((link) => link.getAttribute('hreflang') !== 'x-default')
				.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`)
				.sort();
			assert.deepEqual(inSitemap, inHead, `${address}: the sitemap's alternates are the page's`);
			if (inSitemap.length > 1) withAlternates++;
		}
		assert.ok(withAlternates > 0, 'no page of the sitemap lists its translations');
	});

	it('is named in robots.txt by its absolute address', () => {
		const robots = readFileSync(join(outDir, 'robots.txt'), 'utf8');
		assert.match(robots, /^User-agent: \*$/m);
		assert.ok(robots.includes(`Sitemap: ${new URL('sitemap-index.xml', siteRoot).href}\n`), robots);
	});
});

describe('every page', () => {
	for (const file of htmlPages) {
		it(`${file} has one canonical address, one of each sharing tag and a share image that exists`, () => {
			const page = readPage(join(outDir, file));
			const canonicals = page.querySelectorAll('link[rel="canonical"]').map((link) => link.getAttribute('href'));
			const lang = languageOfFile(file);
			assert.equal(page.querySelector('html')?.getAttribute('lang'), lang, `${file}: <html lang> is the language of its folder`);
			assert.equal(only(page, 'property', 'og:locale', file), OPEN_GRAPH_LOCALES[lang], `${file}: og:locale`);
			if (notFoundPages.has(file)) {
				assert.deepEqual(canonicals, [], `${file} has no address of its own to be canonical`);
				assert.deepEqual(metaContents(page, 'property', 'og:url'), []);
				assert.equal(only(page, 'name', 'robots', file), 'noindex');
			} else {
				assert.deepEqual(canonicals, [addressOf(file)], `${file}: canonical`);
				assert.equal(only(page, 'property', 'og:url', file), canonicals[0]);
				assert.deepEqual(metaContents(page, 'name', 'robots'), [], `${file} must not be kept out of search engines`);
			}
			for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:locale', 'og:image', 'og:image:alt'])
				assert.notEqual(only(page, 'property', key, file), '', `${file}: ${key} is empty`);
			for (const key of ['twitter:card', 'twitter:title', 'twitter:description', 'twitter:image'])
				assert.notEqual(only(page, 'name', key, file), '', `${file}: ${key} is empty`);
			const image = only(page, 'property', 'og:image', file);
			assert.ok(image.startsWith(siteRoot), `${file}: og:image ${image} is not absolute on the site`);
			assert.ok(existsSync(fileOf(image)), `${file}: ${image} was not built`);
			assert.ok(page.querySelectorAll('script[type="application/ld+json"]').length <= 1, `${file}: JSON-LD twice`);
		});
	}

	it('every share image built is some page’s share image', () => {
		const shown = new Set(htmlPages.map((file) => fileOf(only(readPage(join(outDir, file)), 'property', 'og:image', file))));
		const built = listFiles(outDir).filter((file) => file.endsWith('share.png'));
		assert.ok(built.length > published.length, `only ${built.length} share images were built`);
		for (const file of built) assert.ok(shown.has(join(outDir, file)), `${file} is no page's share image`);
	});
});

describe('entry pages', () => {
	for (const entry of published) {
		const where = `${entry.collection}/${entry.id}`;
		const page = readPage(entryPagePath(outDir, entry));
		const permalink = addressOf(`${entry.data.lang === 'en' ? '' : `${entry.data.lang}/`}${entry.collection}/${entry.id}/index.html`);

		it(`${where} is an article to Open Graph, with its dates, authors and share image`, async () => {
			assert.equal(only(page, 'property', 'og:type', where), 'article');
			assert.equal(only(page, 'property', 'og:title', where), entry.data.title);
			assert.equal(only(page, 'property', 'og:description', where), entry.data.description);
			assert.equal(only(page, 'property', 'article:published_time', where), entry.data.published.iso);
			assert.equal(metaContents(page, 'property', 'article:author').length, entry.data.authors.length);
			const image = only(page, 'property', 'og:image', where);
			assert.equal(image, `${permalink}share.png`);
			const { format, width, height } = await sharp(readFileSync(fileOf(image))).metadata();
			assert.deepEqual({ format, width, height }, { format: 'png', width: 1200, height: 630 });
		});

		// Built cards may come from the cache of an earlier build (src/share-cards/draw.ts): still this entry's own.
		it(`${where} has its own share card: its title, kind and date, as drawn directly`, async () => {
			const built = readFileSync(fileOf(`${permalink}share.png`));
			assert.ok(built.equals(await renderShareImage(entryShareCard(entry))), `${where}: the share image is not its own card`);
		});

		it(`${where} has one NewsArticle in JSON-LD that matches the page`, () => {
			const scripts = page.querySelectorAll('script[type="application/ld+json"]');
			assert.equal(scripts.length, 1);
			const ld = JSON.parse(scripts[0]?.rawText ?? '') as Record<string, unknown>;
			assert.equal(ld['@type'], 'NewsArticle');
			assert.equal(ld.headline, entry.data.title);
			assert.equal(ld.inLanguage, entry.data.lang, 'the language it is written in');
			assert.equal(ld.url, permalink);
			assert.equal(ld.datePublished, entry.data.published.iso);
			assert.equal((ld.author as unknown[]).length, entry.data.authors.length);
			assert.equal('isBasedOn' in ld, entry.collection === 'summaries', 'only summaries say what they are based on');
		});

		it(`${where} has plain share links carrying its permalink, and no third-party script`, () => {
			const links = page.querySelectorAll('.share-links a').map((link) => link.getAttribute('href') ?? '');
			assert.equal(links.length, 7);
			for (const href of links) {
				assert.match(href, /^(https:\/\/|mailto:)/);
				assert.ok(href.includes(encodeURIComponent(permalink)), `${href} does not carry ${permalink}`);
			}
			for (const script of page.querySelectorAll('script[src]'))
				assert.ok(!/^(https?:)?\/\//.test(script.getAttribute('src') ?? ''), 'a script from another host');
		});
	}
});
