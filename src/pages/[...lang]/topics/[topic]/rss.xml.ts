// One topic's feed: the entries its page lists, in full.
import type { APIContext, InferGetStaticPropsType } from 'astro';
import { perLanguage } from '../../../../lib/language-paths.ts';
import { writtenIn } from '../../../../lib/entries/index.ts';
import { rssResponse } from '../../../../lib/feeds/index.ts';
import { topicFeed } from '../../../../lib/feeds/index.ts';
import { topicsWithEntries } from '../../../../lib/taxonomy.ts';

// Only what is written in the feed's language: the topic page also lists untranslated pieces, the feed does not.
export function getStaticPaths() {
	return perLanguage((lang) =>
		topicsWithEntries(lang).map(({ topic, entries }) => ({
			params: { topic: topic.id },
			props: { feed: topicFeed(lang, topic), entries: writtenIn(entries, lang) },
		})),
	);
}

export function GET({ props, site }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>): Promise<Response> {
	return rssResponse(props.feed, props.entries, site);
}
