import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { cardFiles } from './manifest.ts';

const card = { siteName: 'Site', label: 'Article', title: 'A title', footer: '1 May 2023' };
const manifest = (list: unknown) => JSON.stringify(list);

test('each card of the manifest goes to its path inside the output folder', () => {
	assert.deepEqual(
		cardFiles(manifest([{ path: 'share.png', card }, { path: 'es/articles/x/share.png', card }]), '/out'),
		[
			{ card, file: join('/out', 'share.png') },
			{ card, file: join('/out', 'es/articles/x/share.png') },
		],
	);
});

test('a path that leads out of the output folder is refused, naming the card', () => {
	for (const path of ['../share.png', '/etc/share.png', 'articles/../../share.png', 'articles//share.png'])
		assert.throws(() => cardFiles(manifest([{ path: 'share.png', card }, { path, card }]), '/out'), /share-cards\.json: 1\.path: must be a path inside the output folder/, path);
});

test('two cards at one path are refused', () => {
	assert.throws(() => cardFiles(manifest([{ path: 'share.png', card }, { path: 'share.png', card }]), '/out'), /1\.path: "share\.png" has two cards/);
});

test('a card with a field missing is refused, naming the field', () => {
	const { title: _, ...untitled } = card;
	assert.throws(() => cardFiles(manifest([{ path: 'share.png', card: untitled }]), '/out'), /0\.card\.title/);
});
