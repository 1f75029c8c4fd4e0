import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparePairs } from './pairs.ts';

test('comparePairs gives each pair its wall and CPU ratios, their medians and the pairs we won', () => {
	const result = comparePairs([
		{ first: 'ours', ours: { wallSeconds: 27.3, cpuSeconds: 41.8 }, starter: { wallSeconds: 20.7, cpuSeconds: 25.5 } },
		{ first: 'starter', ours: { wallSeconds: 27.6, cpuSeconds: 41.5 }, starter: { wallSeconds: 19.4, cpuSeconds: 24 } },
		{ first: 'ours', ours: { wallSeconds: 18, cpuSeconds: 30 }, starter: { wallSeconds: 20, cpuSeconds: 25 } },
	]);
	assert.deepEqual(
		result.rows.map((row) => [row['wall ratio'], row['CPU ratio']]),
		[
			[1.32, 1.64],
			[1.42, 1.73],
			[0.9, 1.2],
		],
	);
	assert.equal(result.medianWallRatio, 1.32);
	assert.equal(result.medianCpuRatio, 1.64);
	assert.equal(result.fasterInPairs, 1);
});

test('with an even number of pairs the median is the mean of the middle two', () => {
	const pair = (ours: number) => ({
		first: 'ours' as const,
		ours: { wallSeconds: ours, cpuSeconds: ours },
		starter: { wallSeconds: 10, cpuSeconds: 10 },
	});
	assert.equal(comparePairs([pair(12), pair(14)]).medianWallRatio, 1.3);
	assert.throws(() => comparePairs([]), /no pairs/);
});
