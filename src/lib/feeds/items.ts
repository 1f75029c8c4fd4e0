import { SITE } from '../../config/site.ts';
import { type Entry, entryUrl } from '../entries/load.ts';
import { resolveEntry } from '../entries/context.ts';
import { entryFeedHtml } from './content.ts';
import { type FeedItem, dayToDate } from './model.ts';
import { countryName } from '../format.ts';
import { urls } from '../urls.ts';

/**
 * The items of a feed, from its entries (newest first). SITE.feedLimit is the one place where a feed
 * could be cut to its newest entries; by default every published entry is in it.
 */
export function feedItems(entries: readonly Entry[], site: URL): Promise<FeedItem[]> {
	const kept = SITE.feedLimit === undefined ? entries : entries.slice(0, SITE.feedLimit);
	return Promise.all(kept.map((entry) => feedItem(entry, site)));
}

async function feedItem(entry: Entry, site: URL): Promise<FeedItem> {
	const { lang, title, description, published, updated, countries } = entry.data;
	const { authors, topics } = resolveEntry(entry);
	const contentHtml = await entryFeedHtml(entry, site);
	return {
		url: urls.absolute(entryUrl(entry), site),
		title,
		summary: description,
		published: dayToDate(published.iso),
		updated: updated ? dayToDate(updated.iso) : undefined,
		authors: authors.map((author) => ({ name: author.data.name, url: urls.absolute(urls.author(lang, author.id), site) })),
		categories: [...topics.map((topic) => topic.data.name), ...countries.map((code) => countryName(code, lang))],
		contentHtml,
		lang,
	};
}
