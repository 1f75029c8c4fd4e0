// A language's site feed as JSON Feed 1.1: the same items as its rss.xml.
import type { APIContext } from 'astro';
import { allEntries, writtenIn } from '../../lib/entries/index.ts';
import { jsonFeedResponse } from '../../lib/feeds/index.ts';
import { siteFeed } from '../../lib/feeds/index.ts';
import { languagePaths } from '../../lib/language-paths.ts';
import { urls } from '../../lib/urls.ts';

export const getStaticPaths = languagePaths;

export async function GET({ locals, site }: APIContext): Promise<Response> {
	const { lang } = locals;
	return jsonFeedResponse(siteFeed(lang), urls.jsonFeed(lang), writtenIn(allEntries, lang), site);
}
