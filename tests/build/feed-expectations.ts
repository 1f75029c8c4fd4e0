// What the feeds of a build should hold, worked out from the content with the project's own loader
// (support.ts), never from the feeds themselves: which feeds exist, their entries, their addresses.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SITE } from '../../src/config/site.ts';
import { DEFAULT_LANGUAGE } from '../../src/i18n/languages.ts';
import type { SiteContent, SiteEntry } from './support.ts';

/** Where a build's pages live on the web: Astro's `site` with its `base`, ending in "/". */
export function siteRoot(siteUrl: string, base: string): string {
	const path = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
	return new URL(path, siteUrl).href;
}

/** The page of an entry on the web, the guid and link of its feed items. */
export function permalink(root: string, entry: Pick<SiteEntry, 'collection' | 'id' | 'data'>): string {
	const prefix = entry.data.lang === DEFAULT_LANGUAGE ? '' : `${entry.data.lang}/`;
	return `${root}${prefix}${entry.collection}/${entry.id}/`;
}

/** The file of a build that an address of the site is served from (a page's index.html), or undefined for another host. */
export function builtFileOf(outDir: string, root: string, address: string): string | undefined {
	const url = new URL(address);
	url.hash = '';
	url.search = '';
	if (!url.href.startsWith(root)) return undefined;
	const path = decodeURIComponent(url.href.slice(root.length));
	return path === '' || path.endsWith('/') ? join(outDir, path, 'index.html') : join(outDir, path);
}

export function assertBuilt(outDir: string, root: string, address: string, what: string): void {
	const file = builtFileOf(outDir, root, address);
	if (file === undefined) throw new Error(`${what}: ${address} is not an address of the site at ${root}`);
	if (!existsSync(file)) throw new Error(`${what}: ${address} points at ${file}, which the build did not write`);
}

/** Newest first; entries published the same day in order of id (src/lib/entries.ts promises this order). */
function newestFirst(a: SiteEntry, b: SiteEntry): number {
	return b.data.published.iso.localeCompare(a.data.published.iso) || a.id.localeCompare(b.id);
}

export interface ExpectedFeed {
	/** The feed file, relative to the build folder: "rss.xml", "topics/repression/rss.xml" … */
	path: string;
	entries: SiteEntry[];
}

/** A feed holds only the newest SITE.feedLimit of its entries. */
function newest(entries: SiteEntry[]): SiteEntry[] {
	return SITE.feedLimit === undefined ? entries : entries.slice(0, SITE.feedLimit);
}

/** Published entries in the default language, newest first. */
function publishedEntries(content: SiteContent): SiteEntry[] {
	return content.entries.filter((entry) => !entry.data.draft && entry.data.lang === DEFAULT_LANGUAGE).sort(newestFirst);
}

/** What the site feed and feed.json hold: the newest published entries in the default language. */
export function feedEntries(content: SiteContent): SiteEntry[] {
	return newest(publishedEntries(content));
}

/**
 * Every RSS feed the build should write: the site's; one per topic and per country that has a published
 * entry (as their pages); one per author, with or without entries (as their pages).
 */
export function expectedRssFeeds(content: SiteContent): ExpectedFeed[] {
	const entries = publishedEntries(content);
	const feeds: ExpectedFeed[] = [{ path: 'rss.xml', entries: newest(entries) }];
	for (const id of content.topics.keys()) {
		const tagged = entries.filter((entry) => entry.data.tags.includes(id));
		if (tagged.length > 0) feeds.push({ path: `topics/${id}/rss.xml`, entries: newest(tagged) });
	}
	for (const code of new Set(entries.flatMap((entry) => entry.data.countries)))
		feeds.push({
			path: `countries/${code.toLowerCase()}/rss.xml`,
			entries: newest(entries.filter((entry) => entry.data.countries.includes(code))),
		});
	for (const id of content.authors.keys())
		feeds.push({ path: `authors/${id}/rss.xml`, entries: newest(entries.filter((entry) => entry.data.authors.includes(id))) });
	return feeds.sort((a, b) => a.path.localeCompare(b.path));
}

/** The latest published or updated date of the entries, as the feed's lastBuildDate must give it. */
export function latestChange(entries: readonly SiteEntry[]): Date | undefined {
	const days = entries.flatMap((entry) => [entry.data.published.iso, ...(entry.data.updated ? [entry.data.updated.iso] : [])]);
	if (days.length === 0) return undefined;
	return new Date(`${days.sort().at(-1)}T00:00:00Z`);
}
