// A language's site feed: every article and summary published in that language, newest first, in full.
import type { APIContext } from 'astro';
import type { Language } from '../../i18n/languages.ts';
import { allEntries, writtenIn } from '../../lib/entries/index.ts';
import { rssResponse } from '../../lib/feeds/index.ts';
import { siteFeed } from '../../lib/feeds/index.ts';
import { languagePaths } from '../../lib/language-paths.ts';

export const getStaticPaths = languagePaths;

export async function GET({ props, site }: APIContext<{ lang: Language }>): Promise<Response> {
	return rssResponse(siteFeed(props.lang), writtenIn(allEntries, props.lang), site);
}
