// npm run bench [-- --articles 1000 --seed 1 --skip-search --second-build]: builds the full production
// site on N generated articles in a temporary copy of the project, from a cold cache, and reports where
// the time and memory go: wall and CPU time, peak memory, time and memory per phase, the size of the
// output and of its index; with --second-build, also the time of the same build again, cards cached.
// Then it serves the build and times search in Chromium (search-latency.ts): from the last key typed to
// the first result on screen, for each of several words, with the median and the worst.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent, SEARCH_WORDS } from './generate.ts';
import { measureSearchLatency } from './search-latency.ts';
import { childrenCpuSoFar, cpuBetween, folderSize, memoryAtPhaseEnds, memoryByPhase, phasesFrom, routeTimes, type Timing } from './measure.ts';

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '1' },
		out: { type: 'string' },
		keep: { type: 'boolean', default: false },
		'skip-search': { type: 'boolean', default: false },
		'second-build': { type: 'boolean', default: false },
	},
});
const articles = Number(values.articles);
const seed = Number(values.seed);
const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), `campaign-bench-${articles}-`));

// A copy of the project with generated content; node_modules is shared (read only), the cache is not.
for (const item of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public', 'scripts'])
	cpSync(join(root, item), join(work, item), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
for (const file of generateContent(articles, seed)) {
	const path = join(work, 'content', file.path);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, file.text);
}

const timingFile = join(work, 'timing.json');
/** One production build of the copy, with what it printed. */
const build = () =>
	new Promise<string>((done, fail) => {
		const child = spawn(process.execPath, ['scripts/bench/timed-build.ts', timingFile], {
			cwd: work,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
		});
		let text = '';
		child.stdout.on('data', (chunk: Buffer) => (text += chunk));
		child.stderr.on('data', (chunk: Buffer) => (text += chunk));
		child.on('close', (code) => (code === 0 ? done(text) : fail(new Error(`build failed (${code}):\n${text.slice(-4000)}`))));
	});
const started = performance.now();
const cpuBefore = childrenCpuSoFar();
const output = await build();
const wallMs = performance.now() - started;
const cpuSeconds = cpuBetween(cpuBefore, childrenCpuSoFar());

const timing = JSON.parse(readFileSync(timingFile, 'utf8')) as Timing;
// The same build again with nothing changed: what the share-card cache saves.
const secondStarted = performance.now();
const secondBuildSeconds = values['second-build'] ? await build().then(() => +((performance.now() - secondStarted) / 1000).toFixed(2)) : undefined;
const dist = join(work, 'dist');
const search = values['skip-search'] ? undefined : await measureSearchLatency(dist, SEARCH_WORDS);
const result = {
	articles,
	seed,
	node: process.version,
	cores: availableParallelism(),
	wallSeconds: +(wallMs / 1000).toFixed(2),
	secondBuildSeconds,
	msPerArticle: +(wallMs / articles).toFixed(1),
	cpuSeconds,
	peakMemoryMiB: Math.round(timing.peakRssBytes / 2 ** 20),
	peakMemoryMiBByPhase: memoryByPhase(timing),
	memoryMiBAtMarks: memoryAtPhaseEnds(timing),
	phasesSeconds: phasesFrom(timing, wallMs),
	renderSecondsByRoute: routeTimes(output),
	outputMiB: +(folderSize(dist) / 2 ** 20).toFixed(1),
	searchIndexMiB: existsSync(join(dist, 'pagefind')) ? +(folderSize(join(dist, 'pagefind')) / 2 ** 20).toFixed(1) : null,
	search,
};

const out = values.out ?? join(root, 'bench-results', `bench-${articles}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(out.replace(/\.json$/, '.log'), output);
console.table({
	articles: result.articles,
	'wall time (s)': result.wallSeconds,
	'second build, nothing changed (s)': secondBuildSeconds ?? '—',
	'ms per article': result.msPerArticle,
	'CPU time (s)': `${cpuSeconds.total} (user ${cpuSeconds.user}, system ${cpuSeconds.system})`,
	'peak memory (MiB)': result.peakMemoryMiB,
	'output (MiB)': result.outputMiB,
	'search index (MiB)': result.searchIndexMiB ?? '—',
	'search, last key to first result (ms)': search ? `median ${search.medianMs}, worst ${search.worstMs}` : '—',
});
console.table(
	Object.fromEntries(
		Object.entries(result.phasesSeconds).map(([phase, seconds]) => [
			phase,
			{ seconds, 'peak memory (MiB)': result.peakMemoryMiBByPhase[phase as keyof typeof result.peakMemoryMiBByPhase] ?? '' },
		]),
	),
);
if (search) console.log(`Search, ${search.words.length} words typed ${search.keyDelayMs} ms a key apart (ms from the last key):`);
if (search)
	console.table(
	Object.fromEntries(
		search.words.map((word) => [
			word.word,
			{ 'first result': word.ms, 'search started': word.searchStartedMs, 'results known': word.resultsKnownMs, results: word.results },
		]),
	),
);
console.log('Time Astro logs for each kind of route, added up:');
console.table(result.renderSecondsByRoute);
console.log(`Written to ${out}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`Kept the build in ${work}`);
