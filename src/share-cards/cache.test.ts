import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cardKey, drawingVersion } from './cache.ts';
import type { ShareCard } from './card.ts';

const card: ShareCard = { siteName: 'Peru Solidarity Record', label: 'Article', title: 'A title', footer: '26 January 2023' };
const version = drawingVersion();

test('the same card data drawn by the same code has the same key', () => {
	assert.equal(cardKey({ ...card }, version), cardKey(card, version));
	assert.equal(drawingVersion(), version);
});

test('a change to any field of the card gives another key', () => {
	const keys = new Set([card, ...(Object.keys(card) as (keyof ShareCard)[]).map((field) => ({ ...card, [field]: `${card[field]}.` }))].map((each) => cardKey(each, version)));
	assert.equal(keys.size, Object.keys(card).length + 1);
});

test('text moved from one field to the next gives another key', () => {
	assert.notEqual(cardKey({ ...card, label: 'ab', title: 'c' }, version), cardKey({ ...card, label: 'a', title: 'bc' }, version));
});

test('another version of the drawing code gives every card another key', () => {
	assert.notEqual(cardKey(card, `${version}.`), cardKey(card, version));
});

test('the drawing code’s version changes with any of its files, fonts included, but not with its tests', (context) => {
	const folder = mkdtempSync(join(tmpdir(), 'share-cards-version-'));
	context.after(() => rmSync(folder, { recursive: true, force: true }));
	mkdirSync(join(folder, 'fonts'));
	writeFileSync(join(folder, 'render.ts'), 'export {};');
	writeFileSync(join(folder, 'fonts', 'a.woff'), 'font');
	const before = drawingVersion(folder);
	writeFileSync(join(folder, 'render.test.ts'), 'test();');
	assert.equal(drawingVersion(folder), before, 'a test file changed the version');
	writeFileSync(join(folder, 'fonts', 'a.woff'), 'another font');
	const afterFont = drawingVersion(folder);
	assert.notEqual(afterFont, before, 'a font changed, the version did not');
	writeFileSync(join(folder, 'render.ts'), 'export const x = 1;');
	assert.notEqual(drawingVersion(folder), afterFont, 'the code changed, the version did not');
});
