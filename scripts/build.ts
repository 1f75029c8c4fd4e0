// Builds the site into a staging folder and moves it into place only when the whole build succeeded,
// so that a failed build never leaves a half-built site where a server or a deploy would pick it up.
//
// The content check (scripts/check-content.ts, which lists every problem at once) runs in a process of
// its own beside `astro build`, instead of inside it before anything else: it takes seconds on a large
// archive, and Astro's first steps leave the second core idle (the check runs at a lower priority, so
// that it does not slow Astro down where they meet). Astro's output is held back until the
// check has passed; if it fails, Astro is stopped and only the list of problems is printed, as before.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInBackground } from '../src/lib/background-priority.ts';

const outDir = resolve(process.env.BUILD_OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;

/**
 * Memory the bundler has freed goes back to the system at once. Rolldown allocates with mimalloc, which by
 * default keeps freed memory committed for later: after bundling thousands of MDX modules that is
 * hundreds of megabytes (a gigabyte at 5,000 articles) held through the whole rendering phase, which
 * then raises the build's peak. glibc's per-thread arenas are capped for the same reason. Each can be
 * overridden from the environment.
 */
const MEMORY_SETTINGS = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0', MALLOC_ARENA_MAX: '2' };

const exited = (child: ChildProcess) =>
	new Promise<number>((done) => child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0))));

rmSync(staging, { recursive: true, force: true });

const check = spawn(process.execPath, [resolve(import.meta.dirname, 'check-content.ts')], {
	stdio: ['ignore', 'pipe', 'pipe'],
});
runInBackground(check.pid);
let checkOutput = '';
check.stdout.on('data', (chunk: Buffer) => (checkOutput += chunk));
check.stderr.on('data', (chunk: Buffer) => (checkOutput += chunk));

const astro = spawn('astro', ['build', ...process.argv.slice(2)], {
	stdio: ['inherit', 'pipe', 'pipe'],
	env: {
		...MEMORY_SETTINGS,
		...process.env,
		ASTRO_OUT_DIR: staging,
		ASTRO_TELEMETRY_DISABLED: '1',
		// src/integrations/content-validation.ts: the check runs here, beside the build.
		CONTENT_CHECKED_BY_BUILD_SCRIPT: '1',
		...(process.stdout.isTTY && process.env.FORCE_COLOR === undefined ? { FORCE_COLOR: '1' } : {}),
	},
});
// Astro's output, held until the content check has passed, then passed straight through.
let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
for (const [from, to] of [
	[astro.stdout, process.stdout],
	[astro.stderr, process.stderr],
] as const)
	from.on('data', (chunk: Buffer) => (held ? held.push([to, chunk]) : to.write(chunk)));
const astroExited = exited(astro);

const checkStatus = await exited(check);
if (checkStatus !== 0) {
	held = undefined;
	astro.kill('SIGTERM');
	await astroExited;
	rmSync(staging, { recursive: true, force: true });
	console.error(`The content has problems; nothing was built.\n\n${checkOutput.trimEnd()}\n`);
	console.error(`\nBuild failed: ${existsSync(outDir) ? `${outDir} still holds the previous complete build` : `nothing was written to ${outDir}`}.`);
	process.exit(1);
}
for (const [to, chunk] of held ?? []) to.write(chunk);
held = undefined;

const status = await astroExited;
if (status !== 0) {
	rmSync(staging, { recursive: true, force: true });
	console.error(`\nBuild failed: ${existsSync(outDir) ? `${outDir} still holds the previous complete build` : `nothing was written to ${outDir}`}.`);
	process.exit(status);
}

const previous = `${outDir}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Built into ${outDir}`);
