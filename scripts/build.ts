// Builds the site into a staging folder and moves it into place only when the whole build succeeded,
// so that a failed build never leaves a half-built site where a server or a deploy would pick it up.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

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

const astro = spawn('astro', ['build', ...process.argv.slice(2)], {
	stdio: ['inherit', 'pipe', 'pipe'],
	env: {
		...MEMORY_SETTINGS,
		...process.env,
		ASTRO_OUT_DIR: staging,
		ASTRO_TELEMETRY_DISABLED: '1',
		...(process.stdout.isTTY && process.env.FORCE_COLOR === undefined ? { FORCE_COLOR: '1' } : {}),
	},
});
astro.stdout.pipe(process.stdout);
astro.stderr.pipe(process.stderr);
const astroExited = exited(astro);
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
