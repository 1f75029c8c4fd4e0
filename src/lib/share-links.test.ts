import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shareLinks } from './share-links.ts';

const PAGE = 'https://example.org/campaign/articles/a/';
const TITLE = 'Ñandú & “quotes” <b>';

test('every share link carries the page address, encoded', () => {
	for (const { service, href } of shareLinks(PAGE, TITLE, 'E-mail'))
		assert.ok(href.includes(encodeURIComponent(PAGE)), `${service}: ${href}`);
});

test('titles are encoded, never raw markup or spaces', () => {
	for (const { service, href } of shareLinks(PAGE, TITLE, 'E-mail')) assert.doesNotMatch(href, /[<>"\s]/, service);
	const telegram = shareLinks(PAGE, TITLE, 'E-mail').find((link) => link.service === 'Telegram');
	const params = new URL(telegram?.href ?? '').searchParams;
	assert.equal(params.get('text'), TITLE, 'an & in the title does not split the query');
	assert.equal(params.get('url'), PAGE);
});

test('the links go to the services campaigners use, over https, plus e-mail', () => {
	const links = shareLinks(PAGE, TITLE, 'E-mail');
	assert.deepEqual(
		links.map((link) => link.service),
		['WhatsApp', 'Telegram', 'Mastodon', 'Bluesky', 'X', 'Facebook', 'E-mail'],
	);
	for (const { service, href } of links.slice(0, -1)) assert.match(href, /^https:\/\//, service);
	assert.match(links.at(-1)?.href ?? '', /^mailto:\?subject=/);
});
