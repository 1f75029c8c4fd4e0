// Checks the feeds of the built site in dist/ (run `node scripts/build.ts` first) against the content:
// every RSS feed and feed.json, read with independent clients.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { contentDir } from '../../src/content-model/collections.ts';
import { SITE } from '../../src/config/site.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { type ParsedRss, checkJsonFeed, checkRssFeed } from './feed-checks.ts';
import type { BuildContext } from './feed-content-checks.ts';
import { expectedRssFeeds, feedEntries, jsonFeedPath, siteRoot } from './feed-expectations.ts';
import { builtSiteDir, languageOfFile, languagePrefix, listFiles, loadSiteContent, readPage } from './support.ts';

const context: BuildContext = { outDir: builtSiteDir(), root: siteRoot(SITE.url, SITE.base) };
const content = loadSiteContent(contentDir());
const expected = expectedRssFeeds(content);

before(() => {
	assert.ok(existsSync(join(context.outDir, 'index.html')), `no built site in ${context.outDir}: run \`node scripts/build.ts\` first`);
});

describe('the feeds of the built site', () => {
	it('are one per topic and country with entries, one per author, and the site’s, in every language', () => {
		const built = listFiles(context.outDir).filter((file) => file.endsWith('rss.xml'));
		assert.deepEqual(built, expected.map((feed) => feed.path));
		for (const lang of LANGUAGES) assert.ok(existsSync(join(context.outDir, jsonFeedPath(lang))), `no ${jsonFeedPath(lang)}`);
	});

	it('have published entries to check in every language', () => {
		for (const lang of LANGUAGES)
			assert.ok(feedEntries(content, lang).length > 0, `no published entry in ${lang}: the feed checks below would check nothing`);
	});

	const parsed = new Map<string, ParsedRss>();
	for (const feed of expected)
		it(`${feed.path} holds exactly its ${feed.entries.length} entries, in full, with absolute addresses`, async () => {
			parsed.set(feed.path, await checkRssFeed(feed, content, context));
		});

	for (const lang of LANGUAGES)
		it(`${jsonFeedPath(lang)} is JSON Feed 1.1 with the same items and content as ${languagePrefix(lang)}rss.xml`, async () => {
			const site = expected.find((feed) => feed.path === `${languagePrefix(lang)}rss.xml`);
			assert.ok(site);
			const rss = parsed.get(site.path) ?? (await checkRssFeed(site, content, context));
			checkJsonFeed(rss, feedEntries(content, lang), context, lang);
		});
});

describe('feeds can be discovered', () => {
	const rssLinks = (path: string) =>
		readPage(join(context.outDir, path))
			.querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]')
			.map((link) => link.getAttribute('href'));
	const jsonLinks = (path: string) =>
		readPage(join(context.outDir, path))
			.querySelectorAll('head link[rel="alternate"][type="application/feed+json"]')
			.map((link) => link.getAttribute('href'));

	it('every page’s head links the site feed and the JSON feed of its language, with a title', () => {
		const pages = listFiles(context.outDir).filter((file) => file.endsWith('.html'));
		assert.ok(pages.length > 10);
		for (const page of pages) {
			const prefix = languagePrefix(languageOfFile(page));
			assert.ok(rssLinks(page).includes(`${context.root}${prefix}rss.xml`), `${page} does not link ${prefix}rss.xml`);
			assert.deepEqual(jsonLinks(page), [`${context.root}${prefix}feed.json`], `${page} does not link ${prefix}feed.json`);
			// The feeds' links; the hreflang links to the page's translations are alternates too, and need no title.
			for (const link of readPage(join(context.outDir, page)).querySelectorAll('head link[rel="alternate"][type]'))
				assert.ok((link.getAttribute('title') ?? '').length > 0, `${page}: a feed link without a title`);
		}
	});

	for (const feed of expected.filter(({ path, lang }) => path !== `${languagePrefix(lang)}rss.xml`)) {
		const page = feed.path.replace(/rss\.xml$/, 'index.html');
		it(`${page} links its own feed first, in its head and as a visible Subscribe link`, () => {
			assert.equal(rssLinks(page)[0], `${context.root}${feed.path}`);
			const subscribe = readPage(join(context.outDir, page)).querySelector('main .subscribe a[type="application/rss+xml"]');
			assert.ok(subscribe, `${page} has no Subscribe link`);
			assert.equal(new URL(subscribe.getAttribute('href') ?? '', context.root).href, `${context.root}${feed.path}`);
		});
	}

	for (const lang of LANGUAGES) {
		const prefix = languagePrefix(lang);
		it(`the /${prefix}feeds/ page lists every feed in ${lang} with its address, and the footer links it`, () => {
			const page = readPage(join(context.outDir, prefix, 'feeds', 'index.html'));
			const listed = page.querySelectorAll('main a.feed-address');
			const addresses = listed.map((link) => link.text.trim());
			const expectedAddresses = [
				...expected.filter((feed) => feed.lang === lang).map((feed) => `${context.root}${feed.path}`),
				`${context.root}${jsonFeedPath(lang)}`,
			];
			assert.deepEqual([...addresses].sort(), expectedAddresses.sort());
			for (const link of listed)
				assert.equal(new URL(link.getAttribute('href') ?? '', context.root).href, link.text.trim(), 'each link goes to the address it shows');
			const footer = readPage(join(context.outDir, prefix, 'index.html')).querySelectorAll('footer a').map((link) => link.getAttribute('href'));
			assert.ok(
				footer.some((href) => new URL(href ?? '', context.root).href === `${context.root}${prefix}feeds/`),
				`the footer does not link /${prefix}feeds/`,
			);
		});
	}
});
