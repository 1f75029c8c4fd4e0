// Search: the header's field, the results page and Pagefind's index, as a reader uses them. The words
// searched for come from the content (search-terms.ts). `npm run test:base` runs this file again
// against a build under BASE_PATH=/campaign/.
import AxeBuilder from '@axe-core/playwright';
import { t } from '../../src/i18n/ui.ts';
import { DEFAULT_LANGUAGE } from '../../src/i18n/languages.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { BASE, sitePath } from './pages.ts';
import { expectResultsFor, inOrder, resultDates, resultItems, resultLinks, resultPaths, SEARCH_TIMEOUT } from './search-results.ts';
import { distinctiveWord, entryAt, filterCase, searchableEntries } from './search-terms.ts';

// The tests are independent: let both workers share them (test:base runs this file alone).
test.describe.configure({ mode: 'parallel' });

const lang = DEFAULT_LANGUAGE;
const SEARCH = sitePath('search');
const INDEX = `${BASE}pagefind/${lang}/`;

function searchFor(words: string, sort?: string): string {
	return `${SEARCH}?${new URLSearchParams({ q: words, ...(sort ? { sort } : {}) })}`;
}

/** Ticks a country in the filter pane's country group. */
async function chooseCountry(page: Page, country: string): Promise<void> {
	const group = page.locator('pagefind-filter-pane details', {
		has: page.locator('summary', { hasText: t(lang, 'search.filter.country') }),
	});
	await group.locator('summary').click();
	await group.getByRole('checkbox', { name: new RegExp(`^${country}\\b`) }).check();
}

const { word, target } = distinctiveWord();
const filter = filterCase();

test.describe('the search page', () => {
	test(`typing “${word}” shows ${target.entry.file} first`, async ({ page }) => {
		await page.goto(SEARCH);
		const input = page.getByRole('searchbox', { name: t(lang, 'search.ui.label') });
		await input.pressSequentially(word);
		await expectResultsFor(page, lang, word);
		await expect(resultLinks(page).first()).toHaveText(target.entry.data.title, { timeout: SEARCH_TIMEOUT });
		const first = await resultLinks(page)
			.first()
			.evaluate((anchor: HTMLAnchorElement) => new URL(anchor.href).pathname);
		expect(first).toBe(target.path);
		// The address follows the search, so that it can be shared or bookmarked.
		await expect(page).toHaveURL((url) => url.pathname === SEARCH && url.searchParams.get('q') === word);
	});

	test('searches as a reader types in two Pagefind workers, so that a key need not wait for the search of the key before', async ({ page }) => {
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
		await page.goto(SEARCH);
		await page.getByRole('searchbox', { name: t(lang, 'search.ui.label') }).pressSequentially(word);
		await expect(resultLinks(page).first()).toHaveText(target.entry.data.title, { timeout: SEARCH_TIMEOUT });
		expect(workers.filter((path) => path === `${INDEX}pagefind-worker.js`)).toHaveLength(2);
	});

	test('a result shows its kind, date, authors and an excerpt with the words marked', async ({ page }) => {
		await page.goto(searchFor(word));
		const result = page.locator('pagefind-results .search-result').first();
		await expect(result.locator('.search-result-link')).toHaveText(target.entry.data.title, { timeout: SEARCH_TIMEOUT });
		await expect(result.locator('.search-result-kind')).toHaveText(t(lang, 'kind.article'));
		await expect(result.locator('time')).toHaveAttribute('datetime', target.entry.data.published.iso);
		await expect(result.locator('.search-result-meta')).toContainText(t(lang, 'entry.by'));
		await expect(result.locator('.search-result-excerpt mark').first()).toHaveText(new RegExp(word, 'i'));
	});

	test('?q= opens the page with the results for those words', async ({ page }) => {
		await page.goto(searchFor(word));
		await expect(page.getByRole('searchbox', { name: t(lang, 'search.ui.label') })).toHaveValue(word);
		await expectResultsFor(page, lang, word);
		expect((await resultPaths(page))[0]).toBe(target.path);
	});

	test(`choosing the country ${filter.country} narrows the results for “${filter.word}” to entries about it`, async ({ page }) => {
		await page.goto(searchFor(filter.word));
		const before = await resultPaths(page);
		expect(
			before.some((path) => !entryAt(path)?.countries.includes(filter.country)),
			`some results for “${filter.word}” are not about ${filter.country}`,
		).toBe(true);

		await chooseCountry(page, filter.country);

		await expect(resultItems(page)).not.toHaveCount(before.length);
		const after = await resultPaths(page);
		expect(after.length).toBeGreaterThan(0);
		expect(after.length).toBeLessThan(before.length);
		for (const path of after) expect(entryAt(path)?.countries, `${path} is about ${filter.country}`).toContain(filter.country);
	});

	test('the index sorts results by date', async ({ page }) => {
		await page.goto(SEARCH);
		const dates = await page.evaluate(
			async ({ index, term }) => {
				const pagefind = (await import(`${index}pagefind.js`)) as {
					search: (
						term: string,
						options: { sort: Record<string, 'asc' | 'desc'> },
					) => Promise<{ results: { data: () => Promise<{ meta: Record<string, string> }> }[] }>;
				};
				const search = await pagefind.search(term, { sort: { date: 'desc' } });
				const data = await Promise.all(search.results.map((result) => result.data()));
				return data.map((result) => result.meta.published ?? '');
			},
			{ index: INDEX, term: filter.word },
		);
		expect(dates.length).toBeGreaterThan(1);
		expect(dates).toEqual([...dates].sort().reverse());
	});

	test('the order is chosen with the keyboard, orders the results by date and stays in the address', async ({ page }) => {
		await page.goto(searchFor(filter.word));
		const relevance = await resultDates(page);
		expect(inOrder(relevance, 'desc') && inOrder(relevance, 'asc'), 'the results for the test word have different dates').toBe(false);
		const order = page.getByRole('combobox', { name: t(lang, 'search.order.label') });
		await expect(order).toHaveValue('relevance');
		// From the search field, Tab reaches the order; the arrow keys change it.
		await page.getByRole('searchbox', { name: t(lang, 'search.ui.label') }).focus();
		for (let step = 0; step < 5 && !(await order.evaluate((select) => select === document.activeElement)); step += 1)
			await page.keyboard.press('Tab');
		await expect(order).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(order).toHaveValue('newest');
		await expect(page).toHaveURL((url) => url.searchParams.get('sort') === 'newest' && url.searchParams.get('q') === filter.word);
		await expect.poll(async () => inOrder(await resultDates(page), 'desc'), { timeout: SEARCH_TIMEOUT }).toBe(true);
		expect((await resultDates(page)).toSorted()).toEqual(relevance.toSorted());

		await page.keyboard.press('ArrowDown');
		await expect(order).toHaveValue('oldest');
		await expect(page).toHaveURL((url) => url.searchParams.get('sort') === 'oldest');
		await expect.poll(async () => inOrder(await resultDates(page), 'asc'), { timeout: SEARCH_TIMEOUT }).toBe(true);

		await page.keyboard.press('Home');
		await expect(order).toHaveValue('relevance');
		await expect(page).toHaveURL((url) => !url.searchParams.has('sort') && url.searchParams.get('q') === filter.word);
		await expect.poll(async () => (await resultDates(page)).join(), { timeout: SEARCH_TIMEOUT }).toBe(relevance.join());
	});

	test(`?sort=oldest opens the results oldest first, and choosing ${filter.country} keeps them in that order`, async ({ page }) => {
		await page.goto(searchFor(filter.word, 'oldest'));
		await expect(page.getByRole('combobox', { name: t(lang, 'search.order.label') })).toHaveValue('oldest');
		const before = await resultDates(page);
		expect(inOrder(before, 'asc')).toBe(true);
		await chooseCountry(page, filter.country);
		await expect(resultItems(page)).not.toHaveCount(before.length);
		const after = await resultPaths(page);
		for (const path of after) expect(entryAt(path)?.countries, `${path} is about ${filter.country}`).toContain(filter.country);
		expect(inOrder(await resultDates(page), 'asc')).toBe(true);
		await expect(page).toHaveURL((url) => url.searchParams.get('sort') === 'oldest');
	});

	test('a long list shows its first results and a button for more, which moves the focus to the next', async ({ page }) => {
		// The page lists 100 results at first; the test content has fewer, so the page is served listing 2.
		await page.route(`**${SEARCH}*`, async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(/<pagefind-results max-results="\d+"/, '<pagefind-results max-results="2"');
			await route.fulfill({ response, body: html });
		});
		await page.goto(searchFor(filter.word));
		await expectResultsFor(page, lang, filter.word);
		const total = Number(/\d+/.exec((await page.locator('pagefind-summary').textContent()) ?? '')?.[0]);
		expect(total, `more than 4 results for “${filter.word}”`).toBeGreaterThan(4);
		await expect(resultItems(page)).toHaveCount(2);
		const more = page.getByRole('button', { name: t(lang, 'search.ui.loadMore') });
		await more.click();
		await expect(resultItems(page)).toHaveCount(4);
		await expect(page.locator('pagefind-results .pf-results > li').nth(2).locator('.search-result-link')).toBeFocused();
		// A new search starts again from the first results.
		await page.getByRole('searchbox', { name: t(lang, 'search.ui.label') }).fill(`${filter.word} `);
		await expect(resultItems(page)).toHaveCount(2);
		await expect(more).toBeVisible();
	});

	test('Tab reaches a result, showing where it is on the way, and Enter opens it', async ({ page }) => {
		await page.goto(searchFor(word));
		await expect(resultLinks(page).first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
		const focused = page.locator(':focus');
		let onResult = false;
		for (let step = 1; step <= 60 && !onResult; step += 1) {
			await page.keyboard.press('Tab');
			const { description, outline, matches } = await focused.evaluate((element) => {
				const style = getComputedStyle(element);
				return {
					description: `<${element.tagName.toLowerCase()}> ${(element.textContent ?? '').trim().slice(0, 40)}`,
					outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
					matches: element.matches('.search-result-link'),
				};
			});
			expect(outline, `Tab number ${step}, ${description}, shows a focus outline`).toBe(true);
			onResult = matches;
		}
		expect(onResult, 'Tab reaches a result link').toBe(true);
		const path = await focused.evaluate((anchor: HTMLAnchorElement) => new URL(anchor.href).pathname);
		expect(entryAt(path), `${path} is an article or summary`).toBeDefined();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL((url) => url.pathname === path);
		await expect(page.locator('h1')).toHaveText(entryAt(path)?.entry.data.title ?? '');
	});

	test(`Pagefind and the results stay under the base path (${BASE})`, async ({ page, siteOrigin }) => {
		const requested: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.origin === siteOrigin) requested.push(url.pathname);
		});
		await page.goto(searchFor(filter.word));
		const paths = await resultPaths(page);
		const fromIndex = requested.filter((path) => path.includes('/pagefind'));
		expect(fromIndex, 'Pagefind loaded its index').toContain(`${INDEX}pagefind.js`);
		for (const path of fromIndex) expect(path.startsWith(INDEX), `${path} is under ${INDEX}`).toBe(true);
		for (const path of paths) expect(searchableEntries.map((item) => item.path)).toContain(path);
		const sections = await page
			.locator('pagefind-results .search-result-section')
			.evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
		for (const path of sections) expect(path.startsWith(BASE), `${path} is under ${BASE}`).toBe(true);
	});

	test('the results do not scroll sideways at 360px', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(searchFor(filter.word));
		await resultPaths(page);
		await page
			.locator('pagefind-filter-pane summary')
			.evaluateAll((summaries) => summaries.forEach((element) => element.parentElement?.setAttribute('open', '')));
		const { scrollWidth, innerWidth } = await page.evaluate(() => ({
			scrollWidth: document.documentElement.scrollWidth,
			innerWidth: window.innerWidth,
		}));
		expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
	});

	for (const colorScheme of ['light', 'dark'] as const)
		test(`has no axe violations with results and filters showing (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(searchFor(filter.word));
			await resultPaths(page);
			await page.locator('pagefind-filter-pane summary').first().click();
			await expect(page.locator('pagefind-filter-pane input[type="checkbox"]').first()).toBeVisible();
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
				.analyze();
			expect(results.passes.length).toBeGreaterThan(0);
			expect(
				results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
			).toEqual([]);
		});
});

test.describe('the search field in the header', () => {
	test('takes a reader from any page to the results', async ({ page }) => {
		await page.goto(sitePath('about'));
		const field = page.getByRole('search', { name: t(lang, 'search.label') }).getByRole('searchbox', { name: t(lang, 'search.label') });
		await field.fill(word);
		await field.press('Enter');
		await expect(page).toHaveURL((url) => url.pathname === SEARCH && url.searchParams.get('q') === word);
		await expect(resultLinks(page).first()).toHaveText(target.entry.data.title, { timeout: SEARCH_TIMEOUT });
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the header field still reaches the results page, which says that search needs JavaScript', async ({ page }) => {
		await page.goto(sitePath());
		await page.getByRole('searchbox', { name: t(lang, 'search.label') }).fill(word);
		await page.getByRole('button', { name: t(lang, 'search.button'), exact: true }).click();
		await expect(page).toHaveURL((url) => url.pathname === SEARCH && url.searchParams.get('q') === word);
		// Chromium with scripts turned off by Playwright still parses <noscript> as if scripts ran, so its
		// content is text here rather than shown: check that the page carries the message.
		expect(await page.locator('main noscript').textContent()).toContain(t(lang, 'search.noscript'));
	});
});
