// One search across both languages, on a build of tests/fixtures/good/content (`npm run test:fixture-site`),
// which leaves pieces untranslated as the site's own content does not: a reader on the Spanish search
// page finds them in English, marked so, and finds a translated piece once, in Spanish. The words come
// from the content (search-terms.ts).
import type { Page } from '@playwright/test';
import { DEFAULT_LANGUAGE, languageName, TRANSLATION_LANGUAGES } from '../../../src/i18n/languages.ts';
import { t } from '../../../src/i18n/ui.ts';
import { countryName } from '../../../src/lib/format.ts';
import { expect, test } from '../fixtures.ts';
import { sitePath } from '../pages.ts';
import { expectResultsFor, resultItems, resultPaths } from '../search-results.ts';

/** The paths of the results, none if there are none. */
async function resultPathsIfAny(page: Page): Promise<string[]> {
	return (await resultItems(page).count()) === 0 ? [] : resultPaths(page);
}
import { proseWords, searchableEntries, untranslatedWord, wordOnlyIn } from '../search-terms.ts';

test.describe.configure({ mode: 'parallel' });

const lang = TRANSLATION_LANGUAGES[0] ?? 'es';
const SEARCH = sitePath(lang, 'search');
const searchFor = (word: string) => `${SEARCH}?${new URLSearchParams({ q: word })}`;
const { word, target } = untranslatedWord(lang);
const kind = (collection: string) => t(lang, collection === 'summaries' ? 'kind.summary' : 'kind.article');

test(`a ${lang} search for “${word}”, which only a piece not translated into ${lang} uses, finds it, marked as in its language`, async ({ page }) => {
	await page.goto(SEARCH);
	await page.getByRole('searchbox', { name: t(lang, 'search.ui.label') }).pressSequentially(word);
	await expectResultsFor(page, lang, word);
	expect(await resultPaths(page)).toEqual([target.path]);
	const result = page.locator('pagefind-results .search-result').first();
	const link = result.locator('.search-result-link');
	await expect(link).toHaveText(target.entry.data.title);
	await expect(link).toHaveAttribute('lang', DEFAULT_LANGUAGE);
	await expect(link).toHaveAttribute('hreflang', DEFAULT_LANGUAGE);
	await expect(result.locator('.search-result-language')).toHaveText(
		t(lang, 'list.inLanguage', { language: languageName(DEFAULT_LANGUAGE, lang) }),
	);
	await expect(result.locator('.search-result-excerpt').first()).toHaveAttribute('lang', DEFAULT_LANGUAGE);
	// What the page says about the result is in the page's language.
	await expect(result.locator('.search-result-kind')).toHaveText(kind(target.entry.collection));
	await expect(page.locator('.search-languages')).toHaveText(t(lang, 'search.untranslated'));
});

test(`the ${lang} filters name a piece in another language in ${lang}, and narrow it as any other`, async ({ page }) => {
	const countries = target.entry.data.countries.map((code) => countryName(code, lang));
	await page.goto(searchFor(word));
	expect(await resultPaths(page)).toEqual([target.path]);
	const group = page.locator('pagefind-filter-pane details', { has: page.locator('summary', { hasText: t(lang, 'search.filter.country') }) });
	await group.locator('summary').click();
	// Once the counts for the results are in, the group lists the piece's countries, by their names in the page's language.
	await expect(group.getByRole('checkbox')).toHaveCount(countries.length);
	for (const name of countries) await expect(group.getByRole('checkbox', { name: `${name} (1)`, exact: true })).toBeVisible();
	await group.getByRole('checkbox', { name: new RegExp(`^${RegExp.escape(countries[0] ?? '')} `) }).check();
	await expect(page).toHaveURL((url) => url.searchParams.get('q') === word);
	expect(await resultPaths(page)).toEqual([target.path]);
});

test(`a piece translated into ${lang} is found once, in ${lang}: its original is not in the ${lang} search`, async ({ page }) => {
	const translated = new Set(searchableEntries.filter(({ entry }) => entry.data.lang === lang).map(({ entry }) => `${entry.collection}/${entry.id}`));
	const originals = searchableEntries.filter(({ entry }) => entry.data.lang === DEFAULT_LANGUAGE && translated.has(`${entry.collection}/${entry.id}`));
	const english = wordOnlyIn(originals, proseWords);
	expect(english, 'a translated piece’s original uses a word of its own').toBeDefined();
	const translation = searchableEntries.find(
		({ entry }) => entry.data.lang === lang && entry.collection === english?.target.entry.collection && entry.id === english.target.entry.id,
	);
	// Its title in the translation, which only the translation and its page carry.
	const title = translation?.entry.data.title ?? '';
	// The English search finds the original by a word of its own; the Spanish one does not.
	const word = english?.word ?? '';
	await page.goto(`${sitePath('search')}?${new URLSearchParams({ q: word })}`);
	await expectResultsFor(page, DEFAULT_LANGUAGE, word);
	expect(await resultPaths(page)).toContain(english?.target.path);
	await page.goto(searchFor(word));
	await expectResultsFor(page, lang, word);
	expect(await resultPathsIfAny(page)).not.toContain(english?.target.path);
	await page.goto(searchFor(title));
	await expectResultsFor(page, lang, title);
	const paths = await resultPaths(page);
	expect(paths).toContain(translation?.path);
	expect(paths).not.toContain(english?.target.path);
	expect(new Set(paths).size).toBe(paths.length);
});
