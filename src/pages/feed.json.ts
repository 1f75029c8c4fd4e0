// The site's feed as JSON Feed 1.1: the same items as rss.xml.
import type { APIContext } from 'astro';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { entriesIn } from '../lib/entries.ts';
import { jsonFeedResponse } from '../lib/feed-responses.ts';
import { siteFeed } from '../lib/feeds.ts';
import { urls } from '../lib/urls.ts';

export async function GET({ site }: APIContext): Promise<Response> {
	const lang = DEFAULT_LANGUAGE;
	return jsonFeedResponse(siteFeed(lang), urls.jsonFeed(lang), await entriesIn(lang), site);
}
