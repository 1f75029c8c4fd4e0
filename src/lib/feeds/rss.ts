import { getRssString } from '@astrojs/rss';
import { withoutNonXmlCharacters } from './characters.ts';
import { type FeedChannel, type FeedItem, lastChanged } from './model.ts';

const NAMESPACES = {
	dc: 'http://purl.org/dc/elements/1.1/',
	atom: 'http://www.w3.org/2005/Atom',
};

/** Escapes text for an element or a double-quoted attribute of XML. */
export function escapeXml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/**
 * An RSS 2.0 feed, written by @astrojs/rss, with what it leaves out added: the language, the feed's own
 * address (atom:link rel="self"), a lastBuildDate taken from the content, and authors by name as
 * dc:creator (RSS's own <author> must be an e-mail address). Characters XML forbids are taken out of
 * the whole document, whichever field they came in: the schemas refuse them, this is the backstop.
 */
export async function rssFeed(channel: FeedChannel, items: readonly FeedItem[]): Promise<string> {
	const changed = lastChanged(items);
	const xml = await getRssString({
		title: channel.title,
		description: channel.description,
		site: channel.homeUrl,
		xmlns: NAMESPACES,
		customData: [
			`<language>${escapeXml(channel.lang)}</language>`,
			`<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
			changed ? `<lastBuildDate>${changed.toUTCString()}</lastBuildDate>` : '',
		].join(''),
		items: items.map((item) => ({
			title: item.title,
			link: item.url,
			pubDate: item.published,
			// Feed readers treat an item's description as HTML: the standfirst is plain text, so it is
			// escaped to stay text there (a "<script>" in a standfirst must not become markup).
			description: escapeXml(item.summary),
			content: item.contentHtml,
			categories: item.categories,
			customData: item.authors.map((author) => `<dc:creator>${escapeXml(author.name)}</dc:creator>`).join(''),
		})),
	});
	return withoutNonXmlCharacters(xml);
}
