import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import EntryFeedBody from '../components/feed/EntryFeedBody.astro';
import { type Entry, entryUrl } from './entries.ts';
import { citationContext } from './entry-context.ts';
import { prepareFeedHtml } from './feed-html.ts';
import { oncePerBuild } from './once-per-build.ts';
import { urls } from './urls.ts';

/**
 * The full content of an entry for feeds: EntryFeedBody rendered through Astro's container (MDX
 * components included; the text itself is the entry page's, see EntryProse), then made fit for feed
 * readers by prepareFeedHtml. The same entry appears in the site feed, the JSON feed and its topic,
 * country and author feeds, so each is rendered once per build (oncePerBuild) for every feed that asks.
 */
let container: Promise<AstroContainer> | undefined;

export function entryFeedHtml(entry: Entry, site: URL | string): Promise<string> {
	return oncePerBuild('feed body', entry, () => renderEntry(entry, site));
}

async function renderEntry(entry: Entry, site: URL | string): Promise<string> {
	container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
	const html = await (await container).renderToString(EntryFeedBody, {
		props: { entry },
		locals: { citations: citationContext(entry) },
	});
	return prepareFeedHtml(html, urls.absolute(entryUrl(entry), site));
}
