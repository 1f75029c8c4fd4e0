import type { Language } from '../../i18n/languages.ts';

/**
 * What every feed format is built from: the feed itself and its items, with every address absolute.
 * Kept free of Astro so that the RSS and JSON Feed writers can be unit-tested on plain data.
 */
export interface FeedChannel {
	title: string;
	description: string;
	lang: Language;
	/** The page the feed follows: the home page, or the topic's, country's or author's page. */
	homeUrl: string;
	/** The feed's own address. */
	feedUrl: string;
}

export interface FeedItem {
	/** The entry's page: its link, and its id (RSS guid, JSON Feed id). */
	url: string;
	title: string;
	/** The standfirst. */
	summary: string;
	published: Date;
	updated: Date | undefined;
	authors: { name: string; url: string }[];
	/** Topic names, then country names. */
	categories: string[];
	/** The full content: body, figures box and references, ready for a feed reader. */
	contentHtml: string;
	lang: Language;
}

/** A calendar day of our content (YYYY-MM-DD) as a Date: midnight UTC, whatever the build machine's time zone. */
export function dayToDate(iso: string): Date {
	return new Date(`${iso}T00:00:00Z`);
}

/**
 * When the feed's content last changed: the latest published or updated date among its items.
 * Never the clock, so that two builds of the same content write the same feed.
 */
export function lastChanged(items: readonly FeedItem[]): Date | undefined {
	let latest: Date | undefined;
	for (const item of items)
		for (const date of [item.published, item.updated])
			if (date !== undefined && (latest === undefined || date > latest)) latest = date;
	return latest;
}
