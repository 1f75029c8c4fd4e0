// Feeds as a reader meets them: the /feeds/ page lists every feed and each link opens a real feed, a
// topic page announces its own feed to feed readers and offers a Subscribe link, and the footer leads
// to the feeds page from anywhere.
import { DEFAULT_LANGUAGE, type Language, LANGUAGES } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/ui.ts';
import { expect, test } from './fixtures.ts';
import { sitePath, termPages } from './pages.ts';

const home = (lang: Language) => (lang === DEFAULT_LANGUAGE ? sitePath() : sitePath(lang));

/** Paths of a language's feeds: one per topic, country and author page, plus the site's two. */
function builtFeedPaths(lang: Language): string[] {
	return [
		`${home(lang)}rss.xml`,
		`${home(lang)}feed.json`,
		...termPages(lang).map(({ folder, slug }) => `${sitePath(folder, slug)}rss.xml`),
	].sort();
}

for (const lang of LANGUAGES)
	test(`the ${lang} feeds page explains subscribing and lists every ${lang} feed with its full address`, async ({ page }) => {
		await page.goto(`${home(lang)}feeds/`);
		await expect(page.locator('h1')).toHaveText(t(lang, 'feeds.title'));
		await expect(page.getByRole('heading', { name: t(lang, 'feeds.whatHeading') })).toBeVisible();
		await expect(page.getByRole('heading', { name: t(lang, 'feeds.howHeading') })).toBeVisible();

		const links = page.locator('main a.feed-address');
		const listed = await links.evaluateAll((anchors) =>
			anchors.map((anchor) => ({ path: new URL((anchor as HTMLAnchorElement).href).pathname, text: anchor.textContent?.trim() ?? '' })),
		);
		expect(listed.map(({ path }) => path).sort()).toEqual(builtFeedPaths(lang));
		// The address shown is the full address of the feed the link opens, ready to copy.
		for (const { path, text } of listed) expect(new URL(text).pathname, `the address shown for ${path}`).toBe(path);
	});

for (const lang of LANGUAGES)
	test(`every feed the ${lang} feeds page links is served as a feed in ${lang}`, async ({ page, request }) => {
		await page.goto(`${home(lang)}feeds/`);
		const hrefs = await page
			.locator('main a.feed-address')
			.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
		expect(hrefs.length).toBeGreaterThan(2);
		for (const href of hrefs) {
			const response = await request.get(href);
			expect(response.status(), href).toBe(200);
			const body = await response.text();
			if (href.endsWith('.json')) {
				const feed = JSON.parse(body) as { version: string; language: string };
				expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
				expect(feed.language, href).toBe(lang);
			} else {
				expect(body, href).toMatch(/^<\?xml [^>]*\?><rss version="2\.0"/);
				expect(body, href).toContain(`<language>${lang}</language>`);
			}
		}
	});

// The link is fetched rather than navigated to: opening raw XML in a tab shows Chromium's own XML
// viewer, which styles itself inline, and the site's strict CSP (style-src 'self') blocks that styling
// by design, which the shared fixture would rightly report as a violation.
test('the feeds page links to a feed that is served', async ({ page }) => {
	await page.goto(sitePath('feeds'));
	const first = page.locator('main a.feed-address').first();
	const href = await first.evaluate((anchor: HTMLAnchorElement) => anchor.href);
	const response = await page.request.get(href);
	expect(response.status()).toBe(200);
	expect(await response.text()).toMatch(/^<\?xml [^>]*\?><rss version="2\.0"|^\{/);
});

test('a topic page announces its own feed first in its head, and links it as Subscribe', async ({ page }) => {
	const topic = termPages().find(({ folder }) => folder === 'topics');
	if (!topic) throw new Error('dist/ holds no topic page: build the site first (node scripts/build.ts).');
	const feedPath = `${sitePath('topics', topic.slug)}rss.xml`;
	await page.goto(sitePath('topics', topic.slug));

	// Feeds are the alternates with a type; the others name the page in other languages (hreflang).
	const alternates = page.locator('head link[rel="alternate"][type]');
	const announced = await alternates.evaluateAll((links) =>
		links.map((link) => ({
			type: link.getAttribute('type'),
			path: new URL((link as HTMLLinkElement).href).pathname,
			title: link.getAttribute('title') ?? '',
		})),
	);
	expect(announced[0]).toMatchObject({ type: 'application/rss+xml', path: feedPath });
	expect(announced).toContainEqual(expect.objectContaining({ type: 'application/rss+xml', path: `${sitePath()}rss.xml` }));
	expect(announced).toContainEqual(expect.objectContaining({ type: 'application/feed+json', path: `${sitePath()}feed.json` }));
	for (const { title } of announced) expect(title).not.toBe('');

	const subscribe = page.locator('main .subscribe a[type="application/rss+xml"]');
	await expect(subscribe).toBeVisible();
	await expect(subscribe).toContainText('Subscribe');
	expect(await subscribe.evaluate((anchor: HTMLAnchorElement) => new URL(anchor.href).pathname)).toBe(feedPath);
	const response = await page.request.get(await subscribe.evaluate((anchor: HTMLAnchorElement) => anchor.href));
	expect(response.status()).toBe(200);
});

test('the footer leads to the feeds page', async ({ page }) => {
	await page.goto(sitePath());
	await page.locator('footer').getByRole('link', { name: 'Feeds' }).click();
	await expect(page).toHaveURL((url) => url.pathname === sitePath('feeds'));
	await expect(page.locator('h1')).toHaveText('Feeds');
});
