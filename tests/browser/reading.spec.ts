// A reader's path through the site: from the home page to an article, to one of its sources, and on
// to the topic, author and neighbouring entries it links to.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { entryCount, sitePath } from './pages.ts';

/** The links to entries in an entry list (home, archive, topic, country and author pages). */
function entryLinks(page: Page): Locator {
	return page.locator('.entry-list .entry-card-title a');
}

/** Path of a link's target, as the browser resolves it. */
async function linkPath(link: Locator): Promise<string> {
	return link.evaluate((anchor: HTMLAnchorElement) => new URL(anchor.href).pathname);
}

/** Opens the first article listed under "Latest" on the home page; returns its path and title. */
async function openLatestArticle(page: Page): Promise<{ path: string; title: string }> {
	await page.goto(sitePath());
	const latest = page.getByRole('region', { name: 'Latest' });
	await expect(latest).toBeVisible();
	const link = latest.locator(`.entry-card-title a[href^="${sitePath('articles')}"]`).first();
	await expect(link, 'the Latest section lists at least one article').toBeVisible();
	const title = (await link.innerText()).trim();
	const path = await linkPath(link);
	expect(title).not.toBe('');
	await link.click();
	await expect(page).toHaveURL((url) => url.pathname === path);
	// The address changes as soon as the article starts loading; the tests count what is further down.
	await page.waitForLoadState();
	return { path, title };
}

test('the home page leads to an article whose heading is the link text', async ({ page }) => {
	const { title } = await openLatestArticle(page);
	await expect(page.locator('h1')).toHaveCount(1);
	await expect(page.locator('h1')).toHaveText(title);
	await expect(page).toHaveTitle(new RegExp(`^${RegExp.escape(title)}`));
});

test('a citation marker jumps to its entry in the reference list', async ({ page }) => {
	const { path } = await openLatestArticle(page);
	const marker = page.locator('article sup.cite a').first();
	await expect(marker, 'the article cites at least one source').toBeVisible();
	const href = await marker.getAttribute('href');
	expect(href).toMatch(/^#ref-./);
	const id = decodeURIComponent((href ?? '').slice(1));
	const number = (await marker.innerText()).replace(/[[\]]/g, '');

	await marker.click();
	await expect(page).toHaveURL((url) => url.pathname === path && url.hash === href);

	const target = page.locator(':target');
	await expect(target).toHaveCount(1);
	await expect(target).toHaveAttribute('id', id);
	expect(await target.evaluate((element) => element.tagName)).toBe('LI');
	const reference = page.locator('section.references ol.reference-list > li').and(target);
	await expect(reference).toBeVisible();
	await expect(reference).toBeInViewport();
	// The marker's number is the reference's number in the list.
	await expect(reference).toHaveAttribute('value', number);
});

/** Follows each link in turn from the article, and checks the page it opens lists the article. */
async function eachListsArticle(
	page: Page,
	article: { path: string; title: string },
	links: Locator,
	what: string,
): Promise<void> {
	const count = await links.count();
	expect(count, `the article links to at least one ${what}`).toBeGreaterThan(0);
	for (let index = 0; index < count; index += 1) {
		await page.goto(article.path);
		const link = links.nth(index);
		const name = (await link.innerText()).trim();
		const target = await linkPath(link);
		await link.click();
		await expect(page).toHaveURL((url) => url.pathname === target);
		await page.waitForLoadState();
		await expect(page.locator('h1')).toHaveText(name);
		// A long list is split into pages (/topics/<id>/2/ …): follow "Older" until the article turns up.
		let listed = entryLinks(page).filter({ hasText: article.title });
		for (let more = page.locator('nav.pagination a[rel="next"]'); (await listed.count()) === 0 && (await more.count()) > 0; ) {
			await more.click();
			await page.waitForLoadState();
			listed = entryLinks(page).filter({ hasText: article.title });
		}
		await expect(listed, `the ${what} page ${target} (or a later page of it) lists "${article.title}"`).toHaveCount(1);
		expect(await linkPath(listed)).toBe(article.path);
	}
}

test('an article is listed on the page of each of its topics', async ({ page }) => {
	const article = await openLatestArticle(page);
	await eachListsArticle(page, article, page.locator('article dl.taxonomy a[rel="tag"]'), 'topic');
});

test('an article is listed on the page of each author in its byline', async ({ page }) => {
	const article = await openLatestArticle(page);
	await eachListsArticle(page, article, page.locator('article .byline a[rel="author"]'), 'author');
});

test('previous and next links lead to neighbouring entries that link back', async ({ page }) => {
	const { path } = await openLatestArticle(page);
	const neighbours = page.locator('nav.prev-next a[rel="prev"], nav.prev-next a[rel="next"]');
	// Previous and next walk every entry, articles and summaries together: with more than one
	// entry built, every entry has at least one neighbour.
	if (entryCount() > 1) await expect(neighbours.first()).toBeVisible();
	else await expect(neighbours).toHaveCount(0);

	for (const [rel, back] of [
		['prev', 'next'],
		['next', 'prev'],
	] as const) {
		await page.goto(path);
		const link = page.locator(`nav.prev-next a[rel="${rel}"]`);
		if ((await link.count()) === 0) continue;
		const label = (await link.locator('.prev-next-label').innerText()).trim();
		const title = (await link.innerText()).trim().slice(label.length).trim();
		const target = await linkPath(link);
		expect(target).not.toBe(path);
		await link.click();
		await expect(page).toHaveURL((url) => url.pathname === target);
		await expect(page.locator('h1')).toHaveText(title);
		// The neighbour's opposite link points back to where we came from.
		const backLink = page.locator(`nav.prev-next a[rel="${back}"]`);
		await expect(backLink).toHaveCount(1);
		expect(await linkPath(backLink)).toBe(path);
	}
});
