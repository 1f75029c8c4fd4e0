/** One back-to-back pair: our build and the starter's (build plus Pagefind), in the order they ran. */
export interface Pair {
	first: 'ours' | 'starter';
	ours: { wallSeconds: number; cpuSeconds: number };
	starter: { wallSeconds: number; cpuSeconds: number };
}

function median(values: number[]): number {
	const sorted = values.toSorted((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const ratio = (ours: number, starter: number) => +(ours / starter).toFixed(2);

/**
 * Each pair's times and how many times the starter's ours are, wall and CPU, then the medians of those
 * ratios: the pairs, not the single runs, are what compare on a machine whose speed drifts.
 */
export function comparePairs(pairs: Pair[]) {
	if (pairs.length === 0) throw new Error('no pairs to compare');
	const rows = pairs.map(({ first, ours, starter }) => ({
		first,
		'ours: wall (s)': ours.wallSeconds,
		'ours: CPU (s)': ours.cpuSeconds,
		'starter: wall (s)': starter.wallSeconds,
		'starter: CPU (s)': starter.cpuSeconds,
		'wall ratio': ratio(ours.wallSeconds, starter.wallSeconds),
		'CPU ratio': ratio(ours.cpuSeconds, starter.cpuSeconds),
	}));
	return {
		rows,
		medianWallRatio: +median(rows.map((row) => row['wall ratio'])).toFixed(2),
		medianCpuRatio: +median(rows.map((row) => row['CPU ratio'])).toFixed(2),
		fasterInPairs: pairs.filter(({ ours, starter }) => ours.wallSeconds < starter.wallSeconds).length,
	};
}
