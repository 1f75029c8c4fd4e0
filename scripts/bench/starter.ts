// npm run bench:starter -- --starter <path> [--articles 1000 --seed 1 --out file.json --keep]: the issue's
// reference on this machine. Builds the Astro blog starter (examples/blog of withastro/astro; give the
// path of a copy) on the same generated articles as `npm run bench`, then runs Pagefind on its output,
// and reports both times and their CPU time, also as JSON (bench-results/starter-N.json by default).
// The machine's speed varies from hour to hour, so the two are best compared run back to back:
// `npm run bench:compare` does that.
//
// The starter is not part of this repository: it is copied into a temporary folder with this
// project's node_modules (the same Astro, MDX, RSS, sitemap and sharp versions) and its own sample
// posts are replaced by the generated ones.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './generate.ts';
import { childrenCpuSoFar, type CpuSeconds, cpuBetween } from './measure.ts';
import { starterPost } from './starter-post.ts';

const { values } = parseArgs({
	options: {
		starter: { type: 'string' },
		articles: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '1' },
		out: { type: 'string' },
		keep: { type: 'boolean', default: false },
	},
});
if (!values.starter || !existsSync(join(values.starter, 'src/content.config.ts'))) {
	console.error('Give the path of a copy of the Astro blog starter (examples/blog of withastro/astro): --starter <path>');
	process.exit(2);
}
const articles = Number(values.articles);
const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), `starter-bench-${articles}-`));
cpSync(values.starter, work, { recursive: true, filter: (path) => !/[\\/](node_modules|dist|\.astro)$/.test(path) });
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
const posts = join(work, 'src/content/blog');
for (const file of readdirSync(posts)) rmSync(join(posts, file));
for (const file of generateContent(articles, Number(values.seed))) {
	const post = starterPost(file);
	if (post) writeFileSync(join(posts, post.name), post.text);
}

/** Runs a command in the copy: its wall time and the CPU time of it and its children, in seconds. */
function timed(command: string, args: string[]): Promise<{ wall: number; cpu: CpuSeconds & { total: number } }> {
	const cpu = childrenCpuSoFar();
	const started = performance.now();
	return new Promise((done, fail) => {
		const child = spawn(command, args, {
			cwd: work,
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		child.on('close', (code) => {
			if (code !== 0) fail(new Error(`${command} ${args.join(' ')} failed (${code}) in ${work}`));
			else done({ wall: (performance.now() - started) / 1000, cpu: cpuBetween(cpu, childrenCpuSoFar()) });
		});
	});
}

const astro = await timed(join(root, 'node_modules/.bin/astro'), ['build']);
const pagefind = await timed(join(root, 'node_modules/.bin/pagefind'), ['--site', 'dist']);
const result = {
	articles,
	astroBuildSeconds: +astro.wall.toFixed(2),
	pagefindSeconds: +pagefind.wall.toFixed(2),
	totalSeconds: +(astro.wall + pagefind.wall).toFixed(2),
	cpuSeconds: +(astro.cpu.total + pagefind.cpu.total).toFixed(1),
	systemCpuSeconds: +(astro.cpu.system + pagefind.cpu.system).toFixed(1),
};
console.table(result);
const out = values.out ?? join(root, 'bench-results', `starter-${articles}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`Written to ${out}`);
if (values.keep) console.log(`Kept the build in ${work}`);
else rmSync(work, { recursive: true, force: true });
