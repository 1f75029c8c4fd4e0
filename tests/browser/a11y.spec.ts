// axe-core on every built page of every language, in the light and the dark colour scheme: no violation of WCAG 2.0
// and 2.1 A and AA, nor of axe's best practices, is allowed. No rule is turned off.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../src/i18n/languages.ts';
import { everyPage, pageOfEveryType } from './pages.ts';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** One line per failing element: rule, impact, selector and axe's own explanation. */
function describe(violations: Violation[]): string {
	return violations
		.flatMap((violation) =>
			violation.nodes.map(
				(node) =>
					`- ${violation.id} (${violation.impact ?? 'n/a'}): ${node.target.join(' ')}\n    ${(node.failureSummary ?? violation.help).replace(/\n/g, '\n    ')}`,
			),
		)
		.join('\n');
}

/**
 * Every page of every language in the light scheme. The dark scheme changes colours, not structure or
 * words: every page of the default language, and one page of each type in the others.
 */
function pagesFor(colorScheme: 'light' | 'dark') {
	return LANGUAGES.flatMap((lang) => (colorScheme === 'light' || lang === DEFAULT_LANGUAGE ? everyPage(lang) : pageOfEveryType(lang)));
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} colour scheme`, () => {
		for (const sitePage of pagesFor(colorScheme)) {
			const { name, path } = sitePage;
			test(`${name} has no axe violations`, async ({ page, visit }) => {
				await page.emulateMedia({ colorScheme });
				await visit(sitePage);
				expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');

				const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
				// A run that checked nothing would pass vacuously.
				expect(results.passes.length, 'axe ran its checks').toBeGreaterThan(0);
				expect(
					results.violations.map((violation) => violation.id),
					`axe violations on ${path} (${colorScheme}):\n${describe(results.violations)}`,
				).toEqual([]);
			});
		}
	});
}
