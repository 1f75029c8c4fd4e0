// Related pieces at the end of an article or summary, on a build of tests/fixtures/good/content
// (`npm run test:fixture-site`), whose pieces are made to be ranked: two share an event, and a newer
// one shares as many sources and topics but no event. Which pieces those are is read from the content.
import { contentDir } from '../../../src/content-model/collections.ts';
import { DEFAULT_LANGUAGE } from '../../../src/i18n/languages.ts';
import { t } from '../../../src/i18n/ui.ts';
import { type SiteEntry, loadSiteContent } from '../../build/support.ts';
import { expect, test } from '../fixtures.ts';
import { sitePath } from '../pages.ts';

const originals = loadSiteContent(contentDir()).entries.filter((entry) => entry.data.lang === DEFAULT_LANGUAGE && !entry.data.draft);
const sharesEvent = (a: SiteEntry, b: SiteEntry) => a.data.events.some(({ id }) => b.data.events.some((other) => other.id === id));
const pair = originals.flatMap((one) => originals.filter((other) => other !== one && sharesEvent(one, other)).map((other) => [one, other] as const))[0];
const page = (entry: SiteEntry) => sitePath(entry.collection, entry.id);

test('two pieces that share an event list each other first, and the link leads there', async ({ page: browser }) => {
	expect(pair, 'the fixture has two pieces that share an event').toBeDefined();
	const [a, b] = pair ?? [];
	if (!a || !b) return;
	for (const [from, to] of [
		[a, b],
		[b, a],
	] as const) {
		await browser.goto(page(from));
		const related = browser.getByRole('region', { name: t(DEFAULT_LANGUAGE, 'related.heading') });
		const first = related.locator('.entry-card-title a').first();
		await expect(first).toHaveText(to.data.title);
		await first.focus();
		await browser.keyboard.press('Enter');
		await expect(browser).toHaveURL((url) => url.pathname === page(to));
		await expect(browser.locator('h1')).toHaveText(to.data.title);
	}
	// A newer piece sharing sources but no event comes after.
	await browser.goto(page(a));
	const titles = await browser.locator('.related-entries .entry-card-title a').allTextContents();
	const rivals = originals.filter((other) => other !== a && other !== b && !sharesEvent(a, other)).map((other) => other.data.title);
	expect(titles.filter((title) => rivals.includes(title)).length, 'a piece sharing no event is listed too').toBeGreaterThan(0);
	for (const rival of rivals.filter((title) => titles.includes(title))) expect(titles.indexOf(rival)).toBeGreaterThan(titles.indexOf(b.data.title));
});
