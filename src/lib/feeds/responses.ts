import type { Entry } from '../entries/load.ts';
import { feedItems } from './items.ts';
import type { FeedChannel } from './model.ts';
import type { FeedInfo } from './catalogue.ts';
import { jsonFeed } from './json.ts';
import { rssFeed } from './rss.ts';
import { urls } from '../urls.ts';

/** Astro's `site`, which every absolute address in a feed starts from. */
export function requireSite(site: URL | undefined): URL {
	if (!site) throw new Error('Feeds need absolute addresses: set `site` in astro.config.mjs (SITE_URL).');
	return site;
}

function channel(feed: FeedInfo, feedPath: string, site: URL): FeedChannel {
	return {
		title: feed.title,
		description: feed.description,
		lang: feed.lang,
		homeUrl: urls.absolute(feed.page, site),
		feedUrl: urls.absolute(feedPath, site),
	};
}

/** The RSS endpoint's answer for a feed and its entries. */
export async function rssResponse(feed: FeedInfo, entries: readonly Entry[], site: URL | undefined): Promise<Response> {
	const absolute = requireSite(site);
	const xml = await rssFeed(channel(feed, feed.rss, absolute), await feedItems(entries, absolute));
	return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

/** A JSON Feed endpoint's answer: the same items as the RSS feed of the same entries, at its own address. */
export async function jsonFeedResponse(
	feed: FeedInfo,
	feedPath: string,
	entries: readonly Entry[],
	site: URL | undefined,
): Promise<Response> {
	const absolute = requireSite(site);
	const json = jsonFeed(channel(feed, feedPath, absolute), await feedItems(entries, absolute));
	return new Response(`${JSON.stringify(json, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
	});
}
