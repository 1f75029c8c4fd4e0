// npm run lighthouse [-- --preset desktop] [-- --runs N]: serves the built site (run `node scripts/build.ts`
// first) with `astro preview`, runs Lighthouse N times (default 3) on the home page, an article and the
// search page, prints the performance, accessibility, best-practices and SEO scores of each page's median
// run (Lighthouse's own pick, by its timing metrics), its paint and layout metrics (FCP, LCP, TBT, CLS)
// and the range of performance scores over the runs, and writes the median reports as JSON. One run is not enough: performance is measured under simulated
// throttling on a shared machine, and a busy moment costs points.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse, { type Result, type RunnerResult } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

const { values } = parseArgs({
	options: {
		preset: { type: 'string', default: 'mobile' },
		out: { type: 'string', default: 'lighthouse-results' },
		runs: { type: 'string', default: '3' },
	},
});
const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.BUILD_OUT_DIR ?? 'dist');
const SERVER_PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4391);
const CHROME_PORT = SERVER_PORT + 1;
const origin = `http://127.0.0.1:${SERVER_PORT}`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The timing metrics reported beside the scores, by their Lighthouse audit. */
const METRICS = [
	['FCP', 'first-contentful-paint'],
	['LCP', 'largest-contentful-paint'],
	['TBT', 'total-blocking-time'],
	['CLS', 'cumulative-layout-shift'],
] as const;
/** A category's score out of 100, or null where Lighthouse could not score it. */
function score(lhr: Result, category: string): number | null {
	const value = lhr.categories[category]?.score;
	return value === null || value === undefined ? null : Math.round(value * 100);
}

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
	console.error(`--runs must be a whole number of at least 1, not "${values.runs}".`);
	process.exit(1);
}

if (!existsSync(join(dist, 'index.html'))) {
	console.error(`No built site in ${dist}: run \`node scripts/build.ts\` first.`);
	process.exit(1);
}
const article = readdirSync(join(dist, 'articles')).sort()[0];
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const pages = { home: base, article: `${base}articles/${article}/`, search: `${base}search/` };

async function waitFor(url: string, what: string): Promise<void> {
	for (let tries = 0; tries < 300; tries += 1) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((done) => setTimeout(done, 100));
	}
	throw new Error(`${what} did not answer at ${url}`);
}

const children: ChildProcess[] = [];
function start(command: string, args: string[]): ChildProcess {
	const child = spawn(command, args, { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	children.push(child);
	return child;
}

try {
	start('astro', ['preview', '--port', String(SERVER_PORT), '--host', '127.0.0.1', '--ignore-lock']);
	start('/usr/bin/chromium', [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		`--remote-debugging-port=${CHROME_PORT}`,
		`--user-data-dir=${join(root, '.astro', 'lighthouse-profile')}`,
		'about:blank',
	]);
	await waitFor(`${origin}${base}`, 'astro preview');
	await waitFor(`http://127.0.0.1:${CHROME_PORT}/json/version`, 'Chromium');

	const outDir = resolve(root, values.out);
	mkdirSync(outDir, { recursive: true });
	const scores: Record<string, Record<string, number | string | null>> = {};
	const config = values.preset === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
	for (const [name, path] of Object.entries(pages)) {
		const results: RunnerResult[] = [];
		for (let run = 0; run < runs; run += 1) {
			const result = await lighthouse(
				`${origin}${path}`,
				{ port: CHROME_PORT, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
				config,
			);
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			results.push(result);
		}
		const median = computeMedianRun(results.map((result) => result.lhr));
		const result = results.find((candidate) => candidate.lhr === median) ?? results[0]!;
		writeFileSync(join(outDir, `${name}.json`), typeof result.report === 'string' ? result.report : JSON.stringify(result.lhr));
		const performance = results.map((each) => score(each.lhr, 'performance') ?? 0);
		scores[`${name} (${path})`] = {
			...Object.fromEntries(CATEGORIES.map((category) => [category, score(result.lhr, category)])),
			'performance over runs': `${Math.min(...performance)}–${Math.max(...performance)}`,
			...Object.fromEntries(METRICS.map(([label, audit]) => [label, result.lhr.audits[audit]?.displayValue ?? null])),
		};
		// What kept a score below 100: the audits that did not pass, by category.
		for (const category of CATEGORIES) {
			const failing = (result.lhr.categories[category]?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0)
				.map((ref) => result.lhr.audits[ref.id])
				.filter((audit) => audit && audit.score !== null && audit.score < 1)
				.map((audit) => `${audit!.id} (${Math.round((audit!.score ?? 0) * 100)})`);
			if (failing.length > 0) console.log(`${name} ${category}: ${failing.join(', ')}`);
		}
	}
	console.table(scores);
	writeFileSync(join(outDir, 'scores.json'), `${JSON.stringify({ preset: values.preset, runs, scores }, null, 2)}\n`);
	console.log(`Reports written to ${outDir}`);
} finally {
	for (const child of children) child.kill();
}
