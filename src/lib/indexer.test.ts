import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexer } from './indexer.ts';

const entries = [
	{ id: 'a', sources: ['x', 'y'] },
	{ id: 'b', sources: ['y', 'y'] },
	{ id: 'c', sources: [] },
	{ id: 'd', sources: ['x'] },
];

test('items are found by each of their keys, in the order of the list, each once', () => {
	const bySource = indexer<(typeof entries)[number]>((entry) => entry.sources);
	const index = bySource(entries);
	assert.deepEqual(
		index.get('x')?.map(({ id }) => id),
		['a', 'd'],
	);
	assert.deepEqual(
		index.get('y')?.map(({ id }) => id),
		['a', 'b'],
	);
	assert.equal(index.get('z'), undefined);
});

test('the index of a list is built once, and another list gets its own', () => {
	let calls = 0;
	const bySource = indexer<(typeof entries)[number]>((entry) => {
		calls += 1;
		return entry.sources;
	});
	assert.equal(bySource(entries), bySource(entries));
	assert.equal(calls, entries.length);
	assert.deepEqual(
		bySource(entries.slice(0, 1))
			.get('y')
			?.map(({ id }) => id),
		['a'],
	);
});
