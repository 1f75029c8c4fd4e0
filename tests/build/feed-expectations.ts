// What the feeds of a build should hold, worked out from the content with the project's own loader
// (support.ts), never from the feeds themselves: which feeds exist, their entries, their addresses.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SITE } from '../../src/config/site.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { type SiteContent, type SiteEntry, languagePrefix } from './support.ts';

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
	/** The feed file, relative to the build folder: "rss.xml", "topics/repression/rss.xml", "es/rss.xml" … */
	path: string;
	/** The language of the feed and of the pages it follows. */
	lang: Language;
	entries: SiteEntry[];
}

/** A feed holds only the newest SITE.feedLimit of its entries. */
function newest(entries: SiteEntry[]): SiteEntry[] {
	return SITE.feedLimit === undefined ? entries : entries.slice(0, SITE.feedLimit);
}

/** Published entries written in a language (originals in the default language, translations in the others), newest first. */
function publishedEntries(content: SiteContent, lang: Language): SiteEntry[] {
	return content.entries.filter((entry) => !entry.data.draft && entry.data.lang === lang).sort(newestFirst);
}

/**
 * What a language's topic, country and author pages list: every published piece, in that language where
 * it is translated and in the original otherwise. Their feeds exist for the terms these pages exist for.
 */
function listedEntries(content: SiteContent, lang: Language): SiteEntry[] {
	return publishedEntries(content, DEFAULT_LANGUAGE).map(
		(original) =>
			content.entries.find(
				(entry) => entry.collection === original.collection && entry.id === original.id && entry.data.lang === lang && !entry.data.draft,
			) ?? original,
	);
}

/** What a language's site feed and feed.json hold: the newest published entries written in that language. */
export function feedEntries(content: SiteContent, lang: Language = DEFAULT_LANGUAGE): SiteEntry[] {
	return newest(publishedEntries(content, lang));
}

/** A language's JSON feed, relative to the build folder: "feed.json", "es/feed.json". */
export function jsonFeedPath(lang: Language): string {
	return `${languagePrefix(lang)}feed.json`;
}

/**
 * Every RSS feed the build should write, in every language (the default's at the root, the others under
 * /<lang>/): the site's; one per topic and per country that the language's pages list a published entry
 * for (as their pages); one per author, with or without entries (as their pages). A feed holds only the
 * entries written in its language: a Spanish topic page also lists untranslated originals, its feed does not.
 */
export function expectedRssFeeds(content: SiteContent): ExpectedFeed[] {
	const feeds: ExpectedFeed[] = [];
	for (const lang of LANGUAGES) {
		const prefix = languagePrefix(lang);
		const entries = publishedEntries(content, lang);
		const listed = listedEntries(content, lang);
		feeds.push({ path: `${prefix}rss.xml`, lang, entries: newest(entries) });
		for (const id of content.topics.keys()) {
			if (listed.some((entry) => entry.data.tags.some((tag) => tag.id === id)))
				feeds.push({ path: `${prefix}topics/${id}/rss.xml`, lang, entries: newest(entries.filter((entry) => entry.data.tags.some((tag) => tag.id === id))) });
		}
		for (const code of new Set(listed.flatMap((entry) => entry.data.countries)))
			feeds.push({
				path: `${prefix}countries/${code.toLowerCase()}/rss.xml`,
				lang,
				entries: newest(entries.filter((entry) => entry.data.countries.includes(code))),
			});
		for (const id of content.authors.keys())
			feeds.push({ path: `${prefix}authors/${id}/rss.xml`, lang, entries: newest(entries.filter((entry) => entry.data.authors.some((author) => author.id === id))) });
	}
	return feeds.sort((a, b) => a.path.localeCompare(b.path));
}

/** The latest published or updated date of the entries, as the feed's lastBuildDate must give it. */
export function latestChange(entries: readonly SiteEntry[]): Date | undefined {
	const days = entries.flatMap((entry) => [entry.data.published.iso, ...(entry.data.updated ? [entry.data.updated.iso] : [])]);
	if (days.length === 0) return undefined;
	return new Date(`${days.sort().at(-1)}T00:00:00Z`);
}
