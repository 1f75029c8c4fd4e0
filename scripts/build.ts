// npm run build: builds the site with Astro into a staging folder beside the output folder (dist/, or
// BUILD_OUT_DIR) and moves it into place only when the whole build succeeded, so that a failed build
// never leaves a half-built site where a server or a deploy would pick it up.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AstroInlineConfig } from 'astro';

// Rolldown allocates with mimalloc, which by default keeps the memory it has freed committed for later
// use: after bundling thousands of MDX modules, that held the build's peak up through rendering. Set
// here, before Astro loads rolldown (and read by mimalloc when it does); the environment may override.
process.env.MIMALLOC_PURGE_DELAY ??= '0';
process.env.MIMALLOC_ARENA_EAGER_COMMIT ??= '0';

/**
 * Builds the site into `<outDir>.staging` and swaps that into `outDir` once the build has succeeded.
 * A failed build removes the staging folder and leaves `outDir` as it was. `config` is added to
 * astro.config.mjs: the benchmark passes its timing integration and a cache folder of its own.
 */
export async function buildSite(outDir: string, config: AstroInlineConfig = {}): Promise<void> {
	const staging = `${outDir}.staging`;
	rmSync(staging, { recursive: true, force: true });
	const { build } = await import('astro');
	try {
		await build({ ...config, outDir: staging });
	} catch (error) {
		rmSync(staging, { recursive: true, force: true });
		throw error;
	}
	const previous = `${outDir}.previous`;
	rmSync(previous, { recursive: true, force: true });
	if (existsSync(outDir)) renameSync(outDir, previous);
	renameSync(staging, outDir);
	rmSync(previous, { recursive: true, force: true });
}

/**
 * An error as Astro's command line shows it: the message and Astro's hint, then where it came from. A
 * plain Error is one thrown on purpose (the content check's report, the search index's failure), whose
 * message says all: the stack would only bury it.
 */
function explain(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const hint = 'hint' in error && typeof error.hint === 'string' ? `\nHint: ${error.hint}` : '';
	const frames = error.stack?.split('\n').filter((line) => line.startsWith('    at ')) ?? [];
	const where = error.constructor === Error || frames.length === 0 ? '' : `\n${frames.join('\n')}`;
	const cause = error.cause === undefined ? '' : `\nCaused by: ${explain(error.cause)}`;
	return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}${hint}${where}${cause}`;
}

if (import.meta.main) {
	const outDir = resolve(process.env.BUILD_OUT_DIR ?? 'dist');
	const failed = () =>
		console.error(`\nBuild failed: ${existsSync(outDir) ? `${outDir} still holds the previous complete build` : `nothing was written to ${outDir}`}.`);
	let settled = false;
	// A helper process that dies without an answer (Pagefind's, say) leaves the build waiting with nothing
	// left to run, and Node then exits on its own: say what that means for the output.
	process.on('exit', () => settled || failed());
	try {
		await buildSite(outDir);
		console.log(`Built into ${outDir}`);
	} catch (error) {
		console.error(explain(error));
		failed();
		process.exitCode = 1;
	} finally {
		settled = true;
	}
}
