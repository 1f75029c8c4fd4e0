import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonFeed } from './json.ts';
import { CHANNEL, NEWER, OLDER_BUT_UPDATED } from '../../../tests/support/feed-data.ts';

describe('jsonFeed', () => {
	const feed = jsonFeed({ ...CHANNEL, feedUrl: 'https://example.org/campaign/feed.json' }, [NEWER, OLDER_BUT_UPDATED]);

	it('describes the feed as JSON Feed 1.1', () => {
		assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
		assert.equal(feed.title, CHANNEL.title);
		assert.equal(feed.home_page_url, CHANNEL.homeUrl);
		assert.equal(feed.feed_url, 'https://example.org/campaign/feed.json');
		assert.equal(feed.language, 'en');
	});

	it('carries each item with its permalink as id, full content, standfirst, authors and tags', () => {
		assert.deepEqual(feed.items[0], {
			id: NEWER.url,
			url: NEWER.url,
			title: NEWER.title,
			summary: NEWER.summary,
			content_html: NEWER.contentHtml,
			date_published: '2026-10-14T00:00:00.000Z',
			authors: NEWER.authors,
			tags: NEWER.categories,
			language: 'en',
		});
	});

	it('gives date_modified only to an updated item', () => {
		assert.equal('date_modified' in (feed.items[0] ?? {}), false);
		assert.equal(feed.items[1]?.date_modified, '2026-11-02T00:00:00.000Z');
	});

	it('survives a round trip through JSON unchanged', () => {
		assert.deepEqual(JSON.parse(JSON.stringify(feed)), feed);
	});
});
