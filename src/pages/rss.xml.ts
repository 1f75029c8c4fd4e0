// The site's feed: every published article and summary, newest first, in full.
import type { APIContext } from 'astro';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { entriesIn } from '../lib/entries.ts';
import { rssResponse } from '../lib/feed-responses.ts';
import { siteFeed } from '../lib/feeds.ts';

export async function GET({ site }: APIContext): Promise<Response> {
	const lang = DEFAULT_LANGUAGE;
	return rssResponse(siteFeed(lang), await entriesIn(lang), site);
}
