// Reading Pagefind's results list as a reader sees it. Shared by the search tests of every language.
import type { Locator, Page } from '@playwright/test';
import type { Language } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/ui.ts';
import { expect } from './fixtures.ts';

/**
 * How long a search may take to show, where the test waits for one: loading Pagefind's script, its
 * WebAssembly and its index, then the search and each result's details. A loaded CI machine can take
 * longer than the default 5 s for all of that.
 */
export const SEARCH_TIMEOUT = 15_000;

/** The items of the results list, shown or still loading. */
export function resultItems(page: Page): Locator {
	return page.locator('pagefind-results .pf-results > li');
}

/** The title links of the results shown. */
export function resultLinks(page: Page): Locator {
	return page.locator('pagefind-results .search-result-link');
}

/** The summary line above the results. */
function summary(page: Page): Locator {
	return page.locator('pagefind-summary .pf-summary');
}

/**
 * Waits until the summary reports the results for the whole of `term`. While a reader types, Pagefind
 * searches for the letters typed so far and says "Searching for …" before each result: the list on
 * screen before this report may belong to either.
 */
export async function expectResultsFor(page: Page, lang: Language, term: string): Promise<void> {
	const reports = (['search.ui.noResults', 'search.ui.oneResult', 'search.ui.manyResults'] as const).map((key) =>
		RegExp.escape(t(lang, key, { term })).replace(RegExp.escape('{count}'), '\\d+'),
	);
	await expect(summary(page)).toHaveText(new RegExp(`^(?:${reports.join('|')})$`), { timeout: SEARCH_TIMEOUT });
}

/**
 * Paths of every result, in order. Results load their details as they scroll into view, each
 * replacing its placeholder, so each is scrolled to until its link is there.
 */
export async function resultPaths(page: Page): Promise<string[]> {
	const items = resultItems(page);
	await expect(items.first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
	const paths: string[] = [];
	for (let index = 0; index < (await items.count()); index += 1) {
		const link = items.nth(index).locator('.search-result-link');
		await expect(
			async () => {
				// Instantly: the site scrolls smoothly, and a test checking the page next must not catch it moving.
				await items.nth(index).evaluate((item) => item.scrollIntoView({ block: 'center', behavior: 'instant' }));
				await expect(link).toBeVisible({ timeout: 1_000 });
			},
			`result ${index + 1} loads`,
		).toPass({ timeout: SEARCH_TIMEOUT });
		paths.push(await link.evaluate((anchor: HTMLAnchorElement) => new URL(anchor.href).pathname));
	}
	return paths;
}

/** The publication date of every result, in order, as each result shows it (<time datetime>). */
export async function resultDates(page: Page): Promise<string[]> {
	await resultPaths(page);
	return page
		.locator('pagefind-results .search-result')
		.evaluateAll((items) => items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? ''));
}

/** Whether a list of ISO dates runs from newest to oldest ('desc') or oldest to newest ('asc'). */
export function inOrder(dates: string[], direction: 'asc' | 'desc'): boolean {
	const sorted = dates.toSorted();
	return dates.join() === (direction === 'asc' ? sorted : sorted.toReversed()).join();
}
