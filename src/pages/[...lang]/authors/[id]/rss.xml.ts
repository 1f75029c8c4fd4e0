// One author's feed: the entries their page lists, in full (an author with none has an empty feed).
import type { APIContext, InferGetStaticPropsType } from 'astro';
import { perLanguage } from '../../../../lib/language-paths.ts';
import { writtenIn } from '../../../../lib/entries/index.ts';
import { rssResponse } from '../../../../lib/feeds/index.ts';
import { authorFeed } from '../../../../lib/feeds/index.ts';
import { authorsWithEntries } from '../../../../lib/taxonomy.ts';

// Only what is written in the feed's language: the author's page also lists untranslated pieces, the feed does not.
export function getStaticPaths() {
	return perLanguage((lang) =>
		authorsWithEntries(lang).map(({ author, entries }) => ({
			params: { id: author.id },
			props: { feed: authorFeed(lang, author), entries: writtenIn(entries, lang) },
		})),
	);
}

export function GET({ props, site }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>): Promise<Response> {
	return rssResponse(props.feed, props.entries, site);
}
