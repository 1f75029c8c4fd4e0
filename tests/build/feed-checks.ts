// Reads a build's feeds with independent clients (rss-parser, which reads XML with xml2js rather than
// the fast-xml-parser @astrojs/rss writes with; JSON.parse) and checks them against the content.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { countryName } from '../../src/lib/format.ts';
import { escapeXml } from '../../src/lib/feeds/rss.ts';
import { type BuildContext, checkFeedHtmlIsComplete, checkFeedHtmlIsSafe } from './feed-content-checks.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../src/i18n/languages.ts';
import { type ExpectedFeed, assertBuilt, builtFileOf, jsonFeedPath, latestChange, permalink } from './feed-expectations.ts';
import { type SiteContent, type SiteEntry, languagePrefix, localize, readPage } from './support.ts';

interface RssItem {
	creators?: string[];
	'content:encoded'?: string;
}
interface RssChannel {
	language?: string;
	lastBuildDate?: string;
}
export type ParsedRss = Parser.Output<RssItem> & RssChannel;

const parser = new Parser<RssChannel, RssItem>({
	customFields: { item: [['dc:creator', 'creators', { keepArray: true }]] },
});

/** RFC 822 as RSS 2.0 wants it (with a four-digit year): "Wed, 14 Oct 2026 00:00:00 GMT". */
export const RFC_822 = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (?:GMT|[+-]\d{4})$/;
/** RFC 3339, as JSON Feed wants its dates. */
export const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

export async function readRss(outDir: string, path: string): Promise<{ xml: string; feed: ParsedRss }> {
	const xml = readFileSync(join(outDir, path), 'utf8');
	// xml2js reads strictly: a feed that is not well-formed XML fails here.
	const feed = await parser.parseString(xml);
	return { xml, feed };
}

function day(iso: string): number {
	return new Date(`${iso}T00:00:00Z`).getTime();
}

/** One item against its entry: link and guid, dates, standfirst, authors, categories and full content. */
function checkItem(item: ParsedRss['items'][number], entry: SiteEntry, content: SiteContent, where: string, context: BuildContext): void {
	const page = permalink(context.root, entry);
	assert.equal(item.link, page, `${where}: link`);
	assert.equal(item.title, entry.data.title, `${where}: title`);
	assert.match(item.pubDate ?? '', RFC_822, `${where}: pubDate "${item.pubDate}" is not RFC 822`);
	assert.equal(new Date(item.pubDate ?? '').getTime(), day(entry.data.published.iso), `${where}: pubDate is the published day`);
	assert.equal(item.content, escapeXml(entry.data.description), `${where}: description is the standfirst, escaped as HTML text`);
	// Authors' and topics' names as the entry's language gives them.
	const { lang } = entry.data;
	const name = (record: { name: string; translations?: unknown } | undefined) => record && localize(record, lang).name;
	assert.deepEqual(
		item.creators,
		entry.data.authors.map(({ id }) => name(content.authors.get(id))),
		`${where}: one dc:creator per author, by name`,
	);
	assert.deepEqual(
		item.categories,
		[
			...entry.data.tags.map(({ id }) => name(content.topics.get(id))),
			...entry.data.countries.map((code) => countryName(code, entry.data.lang)),
		],
		`${where}: categories are the topic and country names`,
	);
	const html = item['content:encoded'] ?? '';
	assert.ok(html.length > 0, `${where}: no content:encoded`);
	checkFeedHtmlIsSafe(html, where, context);
	checkFeedHtmlIsComplete(html, entry, page, where);
}

/**
 * A feed file against what it should hold: its own address as atom:link self, the language of its pages,
 * a lastBuildDate from the content, exactly its entries newest first, each with its permalink as guid.
 */
export async function checkRssFeed(expected: ExpectedFeed, content: SiteContent, context: BuildContext): Promise<ParsedRss> {
	const { xml, feed } = await readRss(context.outDir, expected.path);
	const where = expected.path;
	assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), `${where}: XML declaration`);
	assert.doesNotMatch(xml, /<\?xml-stylesheet/, `${where}: feeds are not styled with XSLT`);
	assert.equal(feed.feedUrl, `${context.root}${expected.path}`, `${where}: atom:link rel="self" is the feed's own address`);
	assert.equal(count(xml, /<atom:link [^>]*rel="self"/g), 1, `${where}: one atom:link rel="self"`);
	assert.equal(feed.language, expected.lang, `${where}: <language> is the feed's language, even with no item`);

	const changed = latestChange(expected.entries);
	if (changed === undefined) assert.equal(feed.lastBuildDate, undefined, `${where}: an empty feed has no lastBuildDate`);
	else {
		assert.match(feed.lastBuildDate ?? '', RFC_822, `${where}: lastBuildDate "${feed.lastBuildDate}" is not RFC 822`);
		assert.equal(feed.lastBuildDate, changed.toUTCString(), `${where}: lastBuildDate is the latest published or updated date`);
	}

	const guids = feed.items.map((item) => item.guid);
	assert.equal(new Set(guids).size, guids.length, `${where}: guids are unique`);
	assert.deepEqual(
		guids,
		expected.entries.map((entry) => permalink(context.root, entry)),
		`${where}: exactly its entries, newest first, each with its permalink as guid`,
	);
	assert.equal(count(xml, /<guid isPermaLink="true">/g), feed.items.length, `${where}: every guid is marked as the permalink`);

	feed.items.forEach((item, index) => {
		const entry = expected.entries[index];
		assert.ok(entry);
		const page = permalink(context.root, entry);
		assertBuilt(context.outDir, context.root, page, `${where}: guid`);
		const pageFile = builtFileOf(context.outDir, context.root, page) ?? '';
		assert.equal(feed.language, readPage(pageFile).querySelector('html')?.getAttribute('lang'), `${where}: <language> is the pages' <html lang>`);
		assert.equal(entry.data.lang, expected.lang, `${where}: ${entry.file} is written in the feed's language`);
		checkItem(item, entry, content, `${where} › ${entry.id}`, context);
	});
	return feed;
}

function count(text: string, pattern: RegExp): number {
	return [...text.matchAll(pattern)].length;
}

/** A language's feed.json against JSON Feed 1.1 and against its site RSS feed: the same items with the same content. */
export function checkJsonFeed(rss: ParsedRss, entries: readonly SiteEntry[], context: BuildContext, lang: Language = DEFAULT_LANGUAGE): void {
	const path = jsonFeedPath(lang);
	const text = readFileSync(join(context.outDir, path), 'utf8');
	const feed = JSON.parse(text) as Record<string, unknown>;
	assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
	assert.equal(feed.title, rss.title);
	assert.equal(feed.home_page_url, `${context.root}${languagePrefix(lang)}`);
	assert.equal(feed.feed_url, `${context.root}${path}`);
	assert.equal(feed.language, rss.language);
	assert.ok(Array.isArray(feed.items), 'items is an array');
	const items = feed.items as Record<string, unknown>[];
	assert.deepEqual(
		items.map((item) => item.id),
		rss.items.map((item) => item.guid),
		'the JSON feed holds the RSS feed’s items, in the same order',
	);
	items.forEach((item, index) => {
		const rssItem = rss.items[index];
		const entry = entries[index];
		assert.ok(rssItem && entry);
		const where = `${path} › ${entry.id}`;
		assert.equal(typeof item.id, 'string', `${where}: id is a string`);
		assert.equal(item.url, rssItem.link, `${where}: url`);
		assert.equal(item.title, rssItem.title, `${where}: title`);
		assert.equal(item.summary, entry.data.description, `${where}: summary`);
		assert.equal(item.content_html, rssItem['content:encoded'], `${where}: content_html is the RSS feed's content:encoded`);
		assert.match(String(item.date_published), RFC_3339, `${where}: date_published is RFC 3339`);
		assert.equal(new Date(String(item.date_published)).getTime(), day(entry.data.published.iso), `${where}: date_published`);
		if (entry.data.updated) {
			assert.match(String(item.date_modified), RFC_3339, `${where}: date_modified is RFC 3339`);
			assert.equal(new Date(String(item.date_modified)).getTime(), day(entry.data.updated.iso), `${where}: date_modified`);
		} else assert.equal('date_modified' in item, false, `${where}: no date_modified without an update`);
		const authors = item.authors as { name: string; url: string }[];
		assert.deepEqual(
			authors.map((author) => author.name),
			rssItem.creators,
			`${where}: authors are the RSS feed's creators`,
		);
		for (const author of authors) assertBuilt(context.outDir, context.root, author.url, `${where}: author ${author.name}`);
		assert.deepEqual(item.tags, rssItem.categories, `${where}: tags are the RSS feed's categories`);
		assert.equal(item.language, rss.language, `${where}: language`);
	});
}
