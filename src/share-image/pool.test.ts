import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { publishShareImage, startBuilding, writePublishedShareImages } from './pool.ts';
import { renderShareImage } from './render.ts';

const card = { siteName: 'Site', label: 'Article', title: 'A title', footer: '1 May 2023' };

function outputFolder(context: { after: (fn: () => void) => void }): string {
	const dir = mkdtempSync(join(tmpdir(), 'share-pool-test-'));
	context.after(() => rmSync(dir, { recursive: true, force: true }));
	return dir;
}

test('outside `astro build` a card cannot be published: the dev server renders it as a page', () => {
	assert.throws(() => publishShareImage('share.png', 'site/en', card), /share\.png: cards are published by `astro build` only/);
});

test('each published card is written at its path in the output, as drawn directly, and nothing else', async (context) => {
	startBuilding();
	const dir = outputFolder(context);
	const cards = {
		'share.png': card,
		'es/share.png': { ...card, label: 'Artículo' },
		'articles/ñandú/share.png': { ...card, title: 'Ñandú, ação' },
	};
	for (const [path, each] of Object.entries(cards)) publishShareImage(path, path, each);
	// Published twice at the same path: written once.
	publishShareImage('share.png', 'share.png', card);

	assert.equal(await writePublishedShareImages(dir), 3);
	for (const [path, each] of Object.entries(cards))
		assert.ok(readFileSync(join(dir, path)).equals(await renderShareImage(each)), `${path} is its own card`);
	assert.deepEqual(readdirSync(dir, { recursive: true }).sort(), [
		'articles',
		'articles/ñandú',
		'articles/ñandú/share.png',
		'es',
		'es/share.png',
		'share.png',
	]);

	// Each card is written by one build: a second call has nothing left to write.
	const again = outputFolder(context);
	assert.equal(await writePublishedShareImages(again), 0);
	assert.equal(existsSync(join(again, 'share.png')), false);
});

test('one card published at two paths is an error, naming both', () => {
	startBuilding();
	publishShareImage('articles/x/share.png', 'articles/x', card);
	assert.throws(
		() => publishShareImage('articles/y/share.png', 'articles/x', card),
		/share image articles\/x: published at both articles\/x\/share\.png and articles\/y\/share\.png/,
	);
});
