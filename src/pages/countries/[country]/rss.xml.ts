// One country's feed: the entries its page lists, in full.
import type { APIContext, InferGetStaticPropsType } from 'astro';
import { DEFAULT_LANGUAGE } from '../../../i18n/languages.ts';
import { rssResponse } from '../../../lib/feed-responses.ts';
import { countryFeed } from '../../../lib/feeds.ts';
import { countriesWithEntries } from '../../../lib/taxonomy.ts';

export async function getStaticPaths() {
	return (await countriesWithEntries(DEFAULT_LANGUAGE)).map(({ code, name, entries }) => ({
		params: { country: code.toLowerCase() },
		props: { feed: countryFeed(DEFAULT_LANGUAGE, code, name), entries },
	}));
}

export function GET({ props, site }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>): Promise<Response> {
	return rssResponse(props.feed, props.entries, site);
}
