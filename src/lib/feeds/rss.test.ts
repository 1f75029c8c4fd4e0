import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Parser from 'rss-parser';
import { SaxesParser } from 'saxes';
import { escapeXml, rssFeed } from './rss.ts';
import { CHANNEL, NEWER, OLDER_BUT_UPDATED } from '../../../tests/support/feed-data.ts';

interface ParsedItem {
	creators: string[];
	'content:encoded': string;
}

/** rss-parser reads XML with xml2js, independently of the fast-xml-parser @astrojs/rss writes with. */
const parser = new Parser<{ language: string; lastBuildDate: string }, ParsedItem>({
	customFields: {
		item: [
			['dc:creator', 'creators', { keepArray: true }],
		],
	},
});

/** Reads the document with saxes, which checks every character against XML 1.0; throws at the first fault. */
function assertWellFormedXml(xml: string): void {
	// A lone surrogate cannot be written as UTF-8 at all (it would be saved as U+FFFD), so saxes never sees one.
	assert.ok(xml.isWellFormed(), 'the feed holds a lone surrogate');
	const parser = new SaxesParser();
	parser.on('error', (error) => {
		throw error;
	});
	parser.write(xml).close();
}

describe('escapeXml', () => {
	it('escapes the characters that end text or an attribute', () => {
		assert.equal(escapeXml(`a & <b> "c"`), 'a &amp; &lt;b&gt; &quot;c&quot;');
	});
});

describe('rssFeed', () => {
	it('writes the channel with its language, its own address and the date its content last changed', async () => {
		const xml = await rssFeed(CHANNEL, [NEWER, OLDER_BUT_UPDATED]);
		const feed = await parser.parseString(xml);
		assert.equal(feed.title, CHANNEL.title);
		assert.equal(feed.description, CHANNEL.description);
		assert.equal(feed.link, CHANNEL.homeUrl);
		assert.equal(feed.language, 'en');
		assert.equal(feed.feedUrl, CHANNEL.feedUrl);
		assert.match(xml, /<atom:link href="https:\/\/example\.org\/campaign\/rss\.xml" rel="self" type="application\/rss\+xml"\/>/);
		assert.equal(feed.lastBuildDate, 'Mon, 02 Nov 2026 00:00:00 GMT');
		assert.match(xml, /xmlns:atom="http:\/\/www\.w3\.org\/2005\/Atom"/);
		assert.match(xml, /xmlns:dc="http:\/\/purl\.org\/dc\/elements\/1\.1\/"/);
	});

	it('writes each item in order, with its permalink as guid, its dates, standfirst, full content, authors and categories', async () => {
		const xml = await rssFeed(CHANNEL, [NEWER, OLDER_BUT_UPDATED]);
		const feed = await parser.parseString(xml);
		assert.equal(feed.items.length, 2);
		const [first, second] = feed.items;
		assert.ok(first && second);
		assert.equal(first.title, NEWER.title);
		assert.equal(first.link, NEWER.url);
		assert.equal(first.guid, NEWER.url);
		// rss-parser keeps the guid's text only; its attribute is read from the XML itself.
		assert.ok(xml.includes(`<guid isPermaLink="true">${NEWER.url}</guid>`), 'the guid is marked as the permalink');
		assert.equal(first.pubDate, 'Wed, 14 Oct 2026 00:00:00 GMT');
		assert.equal(first.content, NEWER.summary);
		assert.equal(first['content:encoded'], NEWER.contentHtml);
		assert.deepEqual(first.creators, ['Editorial team']);
		assert.deepEqual(first.categories, NEWER.categories);
		assert.equal(second.title, OLDER_BUT_UPDATED.title);
		assert.deepEqual(
			second.creators,
			OLDER_BUT_UPDATED.authors.map((author) => author.name),
		);
		assert.deepEqual(second.categories, OLDER_BUT_UPDATED.categories);
	});

	it('writes an empty feed without a lastBuildDate', async () => {
		const xml = await rssFeed(CHANNEL, []);
		const feed = await parser.parseString(xml);
		assert.equal(feed.items.length, 0);
		assert.equal(feed.lastBuildDate, undefined);
		assert.equal(feed.feedUrl, CHANNEL.feedUrl);
	});

	it('writes well-formed XML whatever characters the content holds, keeping the rest of the text', async () => {
		const bad = '\u000B\u0000\uD800\uFFFF';
		const item = {
			...OLDER_BUT_UPDATED,
			title: `Title${bad} & <kept>`,
			summary: `Standfirst${bad} kept`,
			authors: [{ name: `Ana${bad} Díaz`, url: 'https://example.org/campaign/authors/ana/' }],
			categories: [`Topic${bad} kept`],
			contentHtml: `<p title="a${bad}b">Body${bad} kept \u{1F600}</p>`,
		};
		const xml = await rssFeed({ ...CHANNEL, title: `Channel${bad} kept` }, [item]);
		assertWellFormedXml(xml);
		const feed = await parser.parseString(xml);
		const [parsed] = feed.items;
		assert.ok(parsed);
		assert.equal(feed.title, 'Channel kept');
		assert.equal(parsed.title, 'Title & <kept>');
		assert.equal(parsed.content, 'Standfirst kept');
		assert.deepEqual(parsed.creators, ['Ana Díaz']);
		assert.deepEqual(parsed.categories, ['Topic kept']);
		assert.equal(parsed['content:encoded'], '<p title="ab">Body kept \u{1F600}</p>');
	});

	it('writes the same bytes for the same content', async () => {
		assert.equal(await rssFeed(CHANNEL, [NEWER, OLDER_BUT_UPDATED]), await rssFeed(CHANNEL, [NEWER, OLDER_BUT_UPDATED]));
	});
});
