import type { FeedChannel, FeedItem } from './model.ts';

/** The parts of JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) this site writes. */
export interface JsonFeed {
	version: 'https://jsonfeed.org/version/1.1';
	title: string;
	description: string;
	home_page_url: string;
	feed_url: string;
	language: string;
	items: JsonFeedItem[];
}

export interface JsonFeedItem {
	id: string;
	url: string;
	title: string;
	summary: string;
	content_html: string;
	date_published: string;
	date_modified?: string;
	authors: { name: string; url: string }[];
	tags: string[];
	language: string;
}

/** The same feed as the RSS one, as JSON Feed 1.1: same items, same content, dates in RFC 3339. */
export function jsonFeed(channel: FeedChannel, items: readonly FeedItem[]): JsonFeed {
	return {
		version: 'https://jsonfeed.org/version/1.1',
		title: channel.title,
		description: channel.description,
		home_page_url: channel.homeUrl,
		feed_url: channel.feedUrl,
		language: channel.lang,
		items: items.map((item) => ({
			id: item.url,
			url: item.url,
			title: item.title,
			summary: item.summary,
			content_html: item.contentHtml,
			date_published: item.published.toISOString(),
			...(item.updated ? { date_modified: item.updated.toISOString() } : {}),
			authors: item.authors,
			tags: item.categories,
			language: item.lang,
		})),
	};
}
