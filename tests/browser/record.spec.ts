// The figures page and the timeline in Chromium: no axe violation in either colour scheme, and each
// chart is an image with an accessible name, drawn without any script.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { everyPage, sitePath } from './pages.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const record = everyPage().filter((sitePage) => sitePage.type === 'figures' || sitePage.type === 'timeline');

for (const colorScheme of ['light', 'dark'] as const) {
	for (const sitePage of record) {
		test(`${sitePage.name} passes axe with no violations (${colorScheme})`, async ({ page, visit }) => {
			await page.emulateMedia({ colorScheme });
			await visit(sitePage);
			const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
			expect(results.passes.length, 'axe ran its checks').toBeGreaterThan(0);
			expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
		});
	}
}

test('each chart on the figures page is an image named by its title and description, beside its table', async ({ page }) => {
	await page.goto(sitePath('figures'));
	const sections = page.locator('section.record-category').filter({ has: page.locator('svg[role="img"]') });
	const count = await sections.count();
	expect(count, 'the figures page has charts').toBeGreaterThan(0);
	for (let index = 0; index < count; index += 1) {
		const section = sections.nth(index);
		const chart = section.locator('svg[role="img"]');
		await expect(chart).toHaveCount(1);
		await expect(chart).toBeVisible();
		const title = (await chart.locator('title').first().textContent()) ?? '';
		expect(title).not.toBe('');
		await expect(chart).toHaveAccessibleName(new RegExp(`^${RegExp.escape(title)}`));
		await expect(section.locator('table.report-table')).toHaveCount(1);
		const marks = await chart.locator('.chart-mark').count();
		await expect(section.locator('table.report-table tbody tr')).toHaveCount(marks);
	}
	await expect(page.getByRole('img', { name: /^Killed: reported figures over time/ })).toBeVisible();
	expect(await page.locator('script').count(), 'the charts are drawn without script').toBe(0);
});

test('a chart fits a 360px screen', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(sitePath('figures'));
	const chart = page.locator('svg[role="img"]').first();
	const box = await chart.boundingBox();
	expect(box?.width ?? 0).toBeGreaterThan(250);
	expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
});

test('an event on the timeline links to an article that links back to it', async ({ page }) => {
	await page.goto(sitePath('timeline'));
	const event = page.locator('li.timeline-event').filter({ has: page.locator('.timeline-covered a') }).first();
	const covered = event.locator('.timeline-covered a').first();
	await expect(covered).toBeVisible();
	const eventId = await event.getAttribute('id');
	await covered.click();
	const back = page.locator(`.events-covered a[href$="#${eventId}"]`);
	await expect(back).toHaveCount(1);
	await back.click();
	await expect(page).toHaveURL((url) => url.hash === `#${eventId}`);
	await expect(page.locator(':target')).toHaveAttribute('data-event-id', (eventId ?? '').replace(/^event-/, ''));
});
