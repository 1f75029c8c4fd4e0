// Builds the site into a staging folder and moves it into place only when the whole build succeeded,
// so that a failed build never leaves a half-built site where a server or a deploy would pick it up.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.env.BUILD_OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;

rmSync(staging, { recursive: true, force: true });
const result = spawnSync('astro', ['build', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, ASTRO_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});

if (result.status !== 0) {
	rmSync(staging, { recursive: true, force: true });
	console.error(`\nBuild failed: ${existsSync(outDir) ? `${outDir} still holds the previous complete build` : `nothing was written to ${outDir}`}.`);
	process.exit(result.status ?? 1);
}

const previous = `${outDir}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Built into ${outDir}`);
