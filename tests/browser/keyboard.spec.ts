// Keyboard users can always see where they are: every element Tab reaches shows a focus outline
// and is scrolled into view.
import { expect, test } from './fixtures.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { pageOfEveryType } from './pages.ts';

// Scrolling is smooth unless the reader asks for reduced motion (global.css). Ask for it here, so that
// each focused element is already scrolled into view when it is checked rather than on its way there.
test.use({ reducedMotion: 'reduce' });

for (const sitePage of LANGUAGES.flatMap((lang) => pageOfEveryType(lang))) {
	test(`every element Tab reaches on ${sitePage.name} has a visible focus outline`, async ({ page, visit }) => {
		await visit(sitePage);
		// Everything Tab can reach on the page as built.
		const tabbable = await page
			.locator('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')
			.evaluateAll(
				(elements) =>
					elements.filter((element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('[inert]'))
						.length,
			);
		expect(tabbable, 'the page has links to tab to').toBeGreaterThan(0);
		// Four round trips to the browser a step: the figures page's hundred steps need more than the default.
		test.setTimeout(30_000 + tabbable * 250);

		const focused = page.locator(':focus');
		for (let step = 1; step <= tabbable; step += 1) {
			await page.keyboard.press('Tab');
			await expect(focused, `Tab number ${step} focuses an element of the page`).toHaveCount(1);
			const { description, outlineStyle, outlineWidth } = await focused.evaluate((element, step) => {
				const style = getComputedStyle(element);
				const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
				return {
					description: `Tab number ${step}: <${element.tagName.toLowerCase()}> "${text}"`,
					outlineStyle: style.outlineStyle,
					outlineWidth: parseFloat(style.outlineWidth),
				};
			}, step);
			expect(outlineStyle, `outline style of ${description}`).not.toBe('none');
			expect(outlineWidth, `outline width of ${description}`).toBeGreaterThan(0);
			await expect(focused, `${description} is scrolled into view`).toBeInViewport();
		}
	});
}
