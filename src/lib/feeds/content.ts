import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import EntryFeedBody from '../../components/feed/EntryFeedBody.astro';
import { type Entry, entryUrl } from '../entries/load.ts';
import { citationContext } from '../entries/context.ts';
import { prepareFeedHtml } from './html.ts';
import { urls } from '../urls.ts';

const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });

/** Feed bodies by entry (each language version is an entry of its own): an entry appears in several feeds. */
const bodies = new WeakMap<Entry, Promise<string>>();

/**
 * The full content of an entry for feeds: EntryFeedBody rendered through Astro's container (MDX
 * components included), then made fit for feed readers by prepareFeedHtml. Rendered once per entry,
 * for the site feed, the JSON feed and its topic, country and author feeds.
 */
export function entryFeedHtml(entry: Entry, site: URL | string): Promise<string> {
	let body = bodies.get(entry);
	if (!body) {
		body = renderEntry(entry, site);
		bodies.set(entry, body);
	}
	return body;
}

async function renderEntry(entry: Entry, site: URL | string): Promise<string> {
	const html = await container.renderToString(EntryFeedBody, {
		props: { entry },
		// Middleware does not run in the container: the body is in its entry's language, as on its page.
		locals: { lang: entry.data.lang, citations: citationContext(entry) },
	});
	return prepareFeedHtml(html, urls.absolute(entryUrl(entry), site));
}
