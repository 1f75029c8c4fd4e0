// npm run bench:compare -- --starter <path> [--pairs 2 --articles 1000 --seed 1]: the time
// target as one command. Runs `npm run bench` and `npm run bench:starter` back to back, --pairs times,
// alternating which goes first (the second build of a pair pays for the first's deleted files: see the
// README's filesystem note), then prints each pair's wall and CPU times, how many times the starter's
// ours are, and the medians; bench-results/compare-N.json holds the same.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { comparePairs, type Pair } from './pairs.ts';

const { values } = parseArgs({
	options: {
		starter: { type: 'string' },
		pairs: { type: 'string', default: '2' },
		articles: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '1' },
	},
});
const pairs = Number(values.pairs);
const starterCopy = values.starter ?? '';
if (!starterCopy || !Number.isInteger(pairs) || pairs < 1) {
	console.error('Usage: npm run bench:compare -- --starter <copy of examples/blog> [--pairs 2 --articles 1000 --seed 1]');
	process.exit(2);
}
const root = resolve(import.meta.dirname, '../..');
const scratch = join(tmpdir(), `bench-compare-${process.pid}`);
mkdirSync(scratch, { recursive: true });

/** Runs one of the benchmark scripts with its output hidden unless it fails, and reads the JSON it wrote. */
function run(script: string, args: string[], out: string): Promise<Record<string, unknown>> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [join(import.meta.dirname, script), ...args, '--out', out], { cwd: root });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk));
		child.on('close', (code) => {
			if (code !== 0) fail(new Error(`${script} failed (${code}):\n${output.slice(-4000)}`));
			else done(JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>);
		});
	});
}

const common = ['--articles', String(values.articles), '--seed', String(values.seed)];
const measure = {
	ours: async (pair: number) => {
		const result = await run('site.ts', [...common, '--skip-search'], join(scratch, `ours-${pair}.json`));
		return { wallSeconds: result.wallSeconds as number, cpuSeconds: (result.cpuSeconds as { total: number }).total };
	},
	starter: async (pair: number) => {
		const result = await run('starter.ts', [...common, '--starter', starterCopy], join(scratch, `starter-${pair}.json`));
		return { wallSeconds: result.totalSeconds as number, cpuSeconds: result.cpuSeconds as number };
	},
};

const measured: Pair[] = [];
for (let pair = 1; pair <= pairs; pair++) {
	const order = pair % 2 === 1 ? (['ours', 'starter'] as const) : (['starter', 'ours'] as const);
	console.log(`pair ${pair} of ${pairs}: ${order.join(', then ')}…`);
	const times: Partial<Omit<Pair, 'first'>> = {};
	for (const side of order) times[side] = await measure[side](pair);
	measured.push({ first: order[0], ours: times.ours!, starter: times.starter! });
}

const comparison = comparePairs(measured);
console.table(comparison.rows);
console.log(
	`${values.articles} articles: ours took ${comparison.medianWallRatio} times the starter's wall time and ${comparison.medianCpuRatio} times its CPU time (medians of ${pairs} pairs); ours was faster in ${comparison.fasterInPairs} of ${pairs}.`,
);
const out = join(root, 'bench-results', `compare-${values.articles}.json`);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(out, `${JSON.stringify({ articles: Number(values.articles), ...comparison }, null, 2)}\n`);
console.log(`Written to ${out}`);
rmSync(scratch, { recursive: true, force: true });
