// One topic's feed: the entries its page lists, in full.
import type { APIContext, InferGetStaticPropsType } from 'astro';
import { DEFAULT_LANGUAGE } from '../../../i18n/languages.ts';
import { rssResponse } from '../../../lib/feed-responses.ts';
import { topicFeed } from '../../../lib/feeds.ts';
import { topicsWithEntries } from '../../../lib/taxonomy.ts';

export async function getStaticPaths() {
	return (await topicsWithEntries(DEFAULT_LANGUAGE)).map(({ topic, entries }) => ({
		params: { topic: topic.id },
		props: { feed: topicFeed(DEFAULT_LANGUAGE, topic), entries },
	}));
}

export function GET({ props, site }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>): Promise<Response> {
	return rssResponse(props.feed, props.entries, site);
}
