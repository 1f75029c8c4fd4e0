// A language's site feed: every article and summary published in that language, newest first, in full.
import type { APIContext } from 'astro';
import type { Language } from '../../i18n/languages.ts';
import { feedEntriesIn } from '../../lib/entries.ts';
import { rssResponse } from '../../lib/feed-responses.ts';
import { siteFeed } from '../../lib/feeds.ts';
import { languagePaths } from '../../lib/language-paths.ts';

export const getStaticPaths = languagePaths;

export async function GET({ props, site }: APIContext<{ lang: Language }>): Promise<Response> {
	return rssResponse(siteFeed(props.lang), await feedEntriesIn(props.lang), site);
}
