import type { FeedChannel, FeedItem } from '../../src/lib/feeds/model.ts';

/** A channel and two items for the unit tests of the feed writers. */
export const CHANNEL: FeedChannel = {
	title: 'Peru Solidarity Record',
	description: 'Sourced coverage & figures.',
	lang: 'en',
	homeUrl: 'https://example.org/campaign/',
	feedUrl: 'https://example.org/campaign/rss.xml',
};

export const NEWER: FeedItem = {
	url: 'https://example.org/campaign/articles/counting-the-dead/',
	title: 'What the counts of the dead say, and why they differ',
	summary: 'Reports put the number killed at anything from 48 to “more than 70”.',
	published: new Date('2026-10-14T00:00:00Z'),
	updated: undefined,
	authors: [{ name: 'Editorial team', url: 'https://example.org/campaign/authors/editorial-team/' }],
	categories: ['Repression and human rights', 'Peru'],
	contentHtml:
		'<p>More than 70 deaths<sup class="cite"><a href="https://example.org/campaign/articles/counting-the-dead/#ref-a" aria-label="Source 1">[1]</a></sup> &amp; “quotes”.</p><section class="references"><ol><li id="ref-a" value="1">CNDDHH</li></ol></section>',
	lang: 'en',
};

export const OLDER_BUT_UPDATED: FeedItem = {
	url: 'https://example.org/campaign/summaries/browse-lfpla-meeting-2023-01/',
	title: 'Summary: Peru <Solidarity> & democracy',
	summary: 'Sam Browse’s report of a meeting.',
	published: new Date('2026-09-01T00:00:00Z'),
	updated: new Date('2026-11-02T00:00:00Z'),
	authors: [
		{ name: 'Ana & <Bea>', url: 'https://example.org/campaign/authors/ana/' },
		{ name: 'Carla "C" Díaz', url: 'https://example.org/campaign/authors/carla/' },
	],
	categories: ['Solidarity', 'Peru', 'Mexico'],
	contentHtml: '<p>Text</p>',
	lang: 'en',
};
