// One author's feed: the entries their page lists, in full (an author with none has an empty feed).
import type { APIContext, InferGetStaticPropsType } from 'astro';
import { DEFAULT_LANGUAGE } from '../../../i18n/languages.ts';
import { rssResponse } from '../../../lib/feed-responses.ts';
import { authorFeed } from '../../../lib/feeds.ts';
import { authorsWithEntries } from '../../../lib/taxonomy.ts';

export async function getStaticPaths() {
	return (await authorsWithEntries(DEFAULT_LANGUAGE)).map(({ author, entries }) => ({
		params: { id: author.id },
		props: { feed: authorFeed(DEFAULT_LANGUAGE, author), entries },
	}));
}

export function GET({ props, site }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>): Promise<Response> {
	return rssResponse(props.feed, props.entries, site);
}
