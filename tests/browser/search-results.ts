// Reading Pagefind's results list as a reader sees it. Shared by the search tests of every language.
import type { Locator, Page } from '@playwright/test';
import type { Language } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/ui.ts';
import { expect } from './fixtures.ts';

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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Waits until the summary reports the results for the whole of `term`. While a reader types, Pagefind
 * searches for the letters typed so far and says "Searching for …" before each result: the list on
 * screen before this report may belong to either.
 */
export async function expectResultsFor(page: Page, lang: Language, term: string): Promise<void> {
	const reports = (['search.ui.noResults', 'search.ui.oneResult', 'search.ui.manyResults'] as const).map((key) =>
		escapeRegExp(t(lang, key, { term })).replace(escapeRegExp('{count}'), '\\d+'),
	);
	await expect(summary(page)).toHaveText(new RegExp(`^(?:${reports.join('|')})$`));
}

/**
 * Paths of every result, in order. Results load their details as they scroll into view, each
 * replacing its placeholder, so each is scrolled to until its link is there.
 */
export async function resultPaths(page: Page): Promise<string[]> {
	const items = resultItems(page);
	await expect(items.first()).toBeVisible();
	const paths: string[] = [];
	for (let index = 0; index < (await items.count()); index += 1) {
		const link = items.nth(index).locator('.search-result-link');
		await expect(async () => {
			await items.nth(index).evaluate((item) => item.scrollIntoView({ block: 'center' }));
			await expect(link).toBeVisible({ timeout: 1_000 });
		}, `result ${index + 1} loads`).toPass();
		paths.push(await link.evaluate((anchor: HTMLAnchorElement) => new URL(anchor.href).pathname));
	}
	return paths;
}
