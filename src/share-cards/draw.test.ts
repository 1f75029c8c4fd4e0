import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { type CardFile, drawShareCards, renderShareImage, type ShareCard } from './index.ts';

const card: ShareCard = { siteName: 'Peru Solidarity Record', label: 'Article', title: 'A title', footer: '26 January 2023' };
const cards: Record<string, ShareCard> = {
	'share.png': { ...card, label: 'Every figure sourced', footer: '' },
	'es/articles/ñandú/share.png': { ...card, label: 'Artículo', title: 'Ñandú, ação, ¿qué pasó?' },
	'summaries/long/share.png': { ...card, label: 'Summary', title: 'A long title '.repeat(12) },
};

function folders(context: { after: (fn: () => void) => void }) {
	const root = mkdtempSync(join(tmpdir(), 'share-cards-draw-'));
	context.after(() => rmSync(root, { recursive: true, force: true }));
	return { out: join(root, 'out'), cacheDir: join(root, 'cache') };
}

const filesIn = (out: string, list: Record<string, ShareCard>): CardFile[] =>
	Object.entries(list).map(([path, each]) => ({ card: each, file: join(out, path) }));

async function assertDrawnAsDirectly(out: string, list: Record<string, ShareCard>) {
	for (const [path, each] of Object.entries(list))
		assert.ok(readFileSync(join(out, path)).equals(await renderShareImage(each)), `${path} is not its card as drawn directly`);
}

test('each card is written to its file, byte for byte as drawn directly', async (context) => {
	const { out, cacheDir } = folders(context);
	assert.deepEqual(await drawShareCards(filesIn(out, cards), { cacheDir }), { drawn: 3, fromCache: 0 });
	await assertDrawnAsDirectly(out, cards);
});

test('a second call with the same cards draws none, and one changed card is the only one drawn again', async (context) => {
	const { out, cacheDir } = folders(context);
	await drawShareCards(filesIn(out, cards), { cacheDir });
	const again = folders(context).out;
	assert.deepEqual(await drawShareCards(filesIn(again, cards), { cacheDir }), { drawn: 0, fromCache: 3 });
	await assertDrawnAsDirectly(again, cards);

	const changed = { ...cards, 'share.png': { ...card, title: 'Another title' } };
	const third = folders(context).out;
	assert.deepEqual(await drawShareCards(filesIn(third, changed), { cacheDir }), { drawn: 1, fromCache: 2 });
	await assertDrawnAsDirectly(third, changed);
});

test('the cache keeps only the cards of the last call', async (context) => {
	const { out, cacheDir } = folders(context);
	await drawShareCards(filesIn(out, cards), { cacheDir });
	writeFileSync(join(cacheDir, 'left-over.png.1.partial'), 'half a card');
	const [first] = Object.entries(cards);
	assert.ok(first);
	await drawShareCards(filesIn(out, Object.fromEntries([first])), { cacheDir });
	assert.equal(readdirSync(cacheDir).length, 1);
	assert.deepEqual(await drawShareCards(filesIn(out, Object.fromEntries([first])), { cacheDir }), { drawn: 0, fromCache: 1 });
});

test('a card that cannot be drawn fails with its file named, and leaves nothing half-written in the cache', async (context) => {
	const { out, cacheDir } = folders(context);
	const broken = { ...card, label: 42 as unknown as string };
	await assert.rejects(
		drawShareCards([...filesIn(out, cards), { card: broken, file: join(out, 'articles/broken/share.png') }], { cacheDir }),
		(error: Error) => error.message.includes(`The share card of ${join(out, 'articles/broken/share.png')}`) && /could not be drawn/.test(error.message),
	);
	for (const name of readdirSync(cacheDir)) assert.match(name, /^[0-9a-f]{40}\.png$/);
});

test('no cards: nothing drawn, nothing started', async (context) => {
	const { cacheDir } = folders(context);
	assert.deepEqual(await drawShareCards([], { cacheDir }), { drawn: 0, fromCache: 0 });
});
