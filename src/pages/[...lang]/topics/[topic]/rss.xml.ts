// One topic's feed: the entries its page lists, in full.
import type { APIContext, InferGetStaticPropsType } from 'astro';
import { perLanguage } from '../../../../lib/language-paths.ts';
import { writtenIn } from '../../../../lib/entries.ts';
import { rssResponse } from '../../../../lib/feed-responses.ts';
import { topicFeed } from '../../../../lib/feeds.ts';
import { topicsWithEntries } from '../../../../lib/taxonomy.ts';

// Only what is written in the feed's language: the topic page also lists untranslated pieces, the feed does not.
export function getStaticPaths() {
	return perLanguage(async (lang) =>
		(await topicsWithEntries(lang)).map(({ topic, entries }) => ({
			params: { topic: topic.id },
			props: { feed: topicFeed(lang, topic), entries: writtenIn(entries, lang) },
		})),
	);
}

export function GET({ props, site }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>): Promise<Response> {
	return rssResponse(props.feed, props.entries, site);
}
