// A language's site feed: every article and summary published in that language, newest first, in full.
import type { APIContext } from 'astro';
import { allEntries, writtenIn } from '../../lib/entries/index.ts';
import { rssResponse } from '../../lib/feeds/index.ts';
import { siteFeed } from '../../lib/feeds/index.ts';
import { languagePaths } from '../../lib/language-paths.ts';

export const getStaticPaths = languagePaths;

export async function GET({ locals, site }: APIContext): Promise<Response> {
	return rssResponse(siteFeed(locals.lang), writtenIn(allEntries, locals.lang), site);
}
