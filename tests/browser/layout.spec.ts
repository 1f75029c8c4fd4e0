// Layout on a small phone, and the skip link that lets keyboard users past the header.
import { expect, test } from './fixtures.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/ui.ts';
import { everyPage, pageOfEveryType } from './pages.ts';

test.describe('at 360×740', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	// Spanish runs longer than English: both editions must fit.
	for (const sitePage of LANGUAGES.flatMap((lang) => everyPage(lang))) {
		test(`${sitePage.name} does not scroll sideways`, async ({ page, visit }) => {
			await visit(sitePage);
			const { scrollWidth, innerWidth } = await page.evaluate(() => ({
				scrollWidth: document.documentElement.scrollWidth,
				innerWidth: window.innerWidth,
			}));
			expect(innerWidth).toBe(360);
			expect(scrollWidth, `the page is ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
		});
	}
});

test.describe('skip link', () => {
	for (const [lang, sitePage] of LANGUAGES.flatMap((lang) => pageOfEveryType(lang).map((sitePage) => [lang, sitePage] as const))) {
		test(`is the first thing Tab reaches on ${sitePage.name}, and moves focus to main`, async ({ page, visit }) => {
			await visit(sitePage);
			const skipLink = page.locator('a.skip-link');
			await expect(skipLink).not.toBeInViewport();

			await page.keyboard.press('Tab');
			const focused = page.locator(':focus');
			await expect(focused).toHaveText(t(lang, 'skip.link'));
			await expect(focused).toHaveAttribute('href', '#main');
			await expect(focused).toBeVisible();
			await expect(focused).toBeInViewport({ ratio: 1 });

			await page.keyboard.press('Enter');
			await expect(page).toHaveURL((url) => url.hash === '#main');
			await expect(page.locator('main#main')).toBeFocused();
			// The next Tab continues from the start of the main content, past the header's links.
			await page.keyboard.press('Tab');
			const afterMainStart = await page.evaluate(() => {
				const main = document.querySelector('main');
				const active = document.activeElement;
				if (!main || !active || active === document.body) return false;
				return main.contains(active) || Boolean(main.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
			});
			expect(afterMainStart, 'the Tab after the skip link lands in or after main').toBe(true);
		});
	}
});
