// The Spanish edition as a reader uses it: the language switcher, and search in Spanish with and
// without accents. What is searched for and which pages are compared come from the content.
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { contentDir, splitLanguageId } from '../../src/content-model/collections.ts';
import { DEFAULT_LANGUAGE, languageName, TRANSLATION_LANGUAGES } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/ui.ts';
import { readContentFolder } from '../../scripts/content-files.ts';
import { PROJECT_ROOT } from '../build/support.ts';
import { expect, test } from './fixtures.ts';
import { sitePath } from './pages.ts';
import { expectResultsFor, resultPaths } from './search-results.ts';

const lang = TRANSLATION_LANGUAGES[0] ?? 'es';
const files = readContentFolder(resolve(PROJECT_ROOT, contentDir()), PROJECT_ROOT);
const translations = files
	.filter((file) => file.collection === 'articleTranslations' && splitLanguageId(file.id).folder === lang)
	.sort((a, b) => a.id.localeCompare(b.id));
if (translations.length === 0) throw new Error(`No article is translated into ${lang}: the Spanish edition has nothing to test.`);
/** Every piece translated into the language, as collection/id of its original. */
const translated = new Set(
	files
		.filter((file) => (file.collection === 'articleTranslations' || file.collection === 'summaryTranslations') && splitLanguageId(file.id).folder === lang)
		.map((file) => `${file.collection === 'articleTranslations' ? 'articles' : 'summaries'}/${splitLanguageId(file.id).id}`),
);

function switcherLink(page: Page, to: string): Locator {
	return page
		.getByRole('navigation', { name: t(DEFAULT_LANGUAGE, 'language.label') })
		.or(page.getByRole('navigation', { name: t(lang, 'language.label') }))
		.locator(`a[hreflang="${to}"]`);
}

test.describe('the language switcher', () => {
	const [translation] = translations;
	const id = splitLanguageId(translation?.id ?? '').id;
	const title = (translation?.data as { title: string } | undefined)?.title ?? '';

	test(`leads from an article to its ${lang} translation and back`, async ({ page }) => {
		await page.goto(sitePath('articles', id));
		const english = await page.locator('h1').innerText();
		await switcherLink(page, lang).click();
		await expect(page).toHaveURL((url) => url.pathname === sitePath(lang, 'articles', id));
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('h1')).toHaveText(title);
		// The translation says what it is, and links to the original.
		await expect(page.locator('.translation-note')).toContainText(
			t(lang, 'entry.readOriginal', { language: languageName(DEFAULT_LANGUAGE, lang) }),
		);

		await switcherLink(page, DEFAULT_LANGUAGE).click();
		await expect(page).toHaveURL((url) => url.pathname === sitePath('articles', id));
		await expect(page.locator('h1')).toHaveText(english);
	});

	test('leads from a list page to the same list in the other language', async ({ page }) => {
		await page.goto(sitePath('figures'));
		await switcherLink(page, lang).click();
		await expect(page).toHaveURL((url) => url.pathname === sitePath(lang, 'figures'));
		await expect(page.locator('h1')).toHaveText(t(lang, 'figuresPage.title'));
	});

	test('a Spanish page is in Spanish from its navigation to its dates', async ({ page }) => {
		await page.goto(sitePath(lang, 'articles', id));
		await expect(
			page.getByRole('navigation', { name: t(lang, 'nav.label') }).getByRole('link', { name: t(lang, 'nav.figures') }),
		).toBeVisible();
		const published = page.locator('.entry-meta time').first();
		const iso = await published.getAttribute('datetime');
		const expected = new Intl.DateTimeFormat('es-419', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
			new Date(`${iso}T00:00:00Z`),
		);
		await expect(published).toHaveText(expected);
	});
});

/** Words of a text, lower-cased. */
function wordsOf(text: string): string[] {
	return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

const withoutAccents = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/**
 * A word with an accent, used by exactly one Spanish article and by no other Spanish entry (nor by any
 * word sharing its first five letters, which search may treat as the same word).
 */
function accentedWord(): { word: string; id: string } {
	const spanish = files.filter(
		(file) =>
			(file.collection === 'articleTranslations' || file.collection === 'summaryTranslations') && splitLanguageId(file.id).folder === lang,
	);
	for (const target of translations) {
		const stems = new Set(
			spanish
				.filter((file) => file !== target)
				.flatMap((file) => wordsOf(`${JSON.stringify(file.data)} ${file.body}`).map((word) => withoutAccents(word).slice(0, 5))),
		);
		const candidates = wordsOf(target.body)
			.filter((word) => word.length >= 7 && word !== withoutAccents(word) && !stems.has(withoutAccents(word).slice(0, 5)))
			.sort();
		if (candidates[0]) return { word: candidates[0], id: splitLanguageId(target.id).id };
	}
	throw new Error('No Spanish article has an accented word of its own: the accent test needs one.');
}

test.describe('search in Spanish', () => {
	const { word, id } = accentedWord();

	for (const query of [word, withoutAccents(word)])
		test(`“${query}” finds the Spanish article that uses “${word}”, and each piece once, in Spanish where it is translated`, async ({ page }) => {
			await page.goto(sitePath(lang, 'search'));
			await page.getByRole('searchbox', { name: t(lang, 'search.ui.label') }).pressSequentially(query);
			await expectResultsFor(page, lang, query);
			const paths = await resultPaths(page);
			expect(paths[0]).toBe(sitePath(lang, 'articles', id));
			expect(new Set(paths).size).toBe(paths.length);
			// A piece in another language is one not translated into Spanish.
			for (const path of paths.filter((found) => !found.startsWith(sitePath(lang)))) {
				const [collection, id] = path.slice(sitePath().length).split('/');
				expect(translated.has(`${collection}/${id}`), `${path} has a Spanish translation`).toBe(false);
			}
		});
});
