import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type CpuSeconds, statTimes } from '../../src/lib/process-tree.ts';

type Mark = 'configSetup' | 'bundleEnd' | 'buildStart' | 'generated' | 'doneStart' | 'doneEnd';

export interface Timing {
	marks: Partial<Record<Mark, number>>;
	peakRssBytes: number;
	/** Highest resident memory sampled in each phase, by the mark that starts it. */
	peakRssByPhase?: Partial<Record<Mark | 'start', number>>;
	/** Resident memory, JavaScript heap in use and memory outside it, when each mark is reached. */
	memoryAtMarks?: Partial<Record<Mark, { rss: number; heapUsed: number; external: number }>>;
	/** CPU time (user and system, ms) that Astro's build thread had used when each mark was reached. */
	buildThreadCpuMs?: Partial<Record<Mark, number>>;
	/** The same for the Astro process (all its threads) and its child processes (Pagefind). */
	processTreeCpuMs?: Partial<Record<Mark, number>>;
}

const seconds = (ms: number) => +(ms / 1000).toFixed(2);

/** A build split into its phases at the marks, `at` giving each mark's time (ms) and `end` the end's. */
function phases(at: (mark: Mark) => number, end: number) {
	return {
		'start-up and content check': seconds(at('configSetup')),
		'content sync and types': seconds(at('buildStart') - at('configSetup')),
		bundling: seconds(at('bundleEnd') - at('buildStart')),
		'rendering pages, feeds, images': seconds(at('generated') - at('bundleEnd')),
		'after build (share cards, search index, sitemap)': seconds(at('doneEnd') - at('doneStart')),
		'staging swap and exit': seconds(end - at('doneEnd')),
	};
}

/**
 * Phases of one build, from the marks of src/integrations/build-timing.ts (milliseconds since the
 * Astro process started) and the wall time of the whole command.
 */
export function phasesFrom({ marks }: Timing, wallMs: number) {
	return phases((mark) => marks[mark] ?? 0, wallMs);
}

/**
 * CPU time of Astro's build thread in each phase, named as in `phasesFrom`. That thread renders every
 * page, so its own work sets a floor under the build's length however the other threads are placed.
 * It still moves with the machine's speed (±10% between identical runs here): compare interleaved runs.
 */
export function buildThreadCpuByPhase({ buildThreadCpuMs = {} }: Timing) {
	const { 'staging swap and exit': _outside, ...inside } = phases((mark) => buildThreadCpuMs[mark] ?? 0, 0);
	return inside;
}

/**
 * CPU time of the Astro process (every thread: the build thread, the share-card workers, the garbage
 * collector's and the bundler's threads, file writes) and of its child processes (Pagefind) in each
 * phase, with how many cores that kept busy on average (CPU time over the phase's wall time). The
 * content check, a process beside Astro's, is not counted: it ends during content sync.
 */
export function processTreeCpuByPhase({ marks, processTreeCpuMs = {} }: Timing) {
	const { 'staging swap and exit': _outside, ...cpu } = phases((mark) => processTreeCpuMs[mark] ?? 0, 0);
	const wall = phases((mark) => marks[mark] ?? 0, 0);
	return Object.fromEntries(
		Object.entries(cpu).map(([phase, seconds]) => {
			const phaseWall = wall[phase as keyof typeof wall];
			return [phase, { cpuSeconds: seconds, coresBusy: phaseWall > 0 ? +(seconds / phaseWall).toFixed(2) : 0 }];
		}),
	) as Record<keyof typeof cpu, { cpuSeconds: number; coresBusy: number }>;
}

const MiB = (bytes: number | undefined) => Math.round((bytes ?? 0) / 2 ** 20);

/** Peak memory (MiB) in each phase, named as in `phasesFrom`. */
export function memoryByPhase({ peakRssByPhase = {} }: Timing) {
	return {
		'content sync and types': MiB(peakRssByPhase.configSetup),
		bundling: MiB(peakRssByPhase.buildStart),
		'rendering pages, feeds, images': MiB(peakRssByPhase.bundleEnd),
		'after build (share cards, search index, sitemap)': MiB(Math.max(peakRssByPhase.generated ?? 0, peakRssByPhase.doneStart ?? 0)),
	};
}

/** Memory (MiB) when each phase ends: all of it, the JavaScript heap in use, and buffers outside the heap. */
export function memoryAtPhaseEnds({ memoryAtMarks = {} }: Timing) {
	return Object.fromEntries(
		Object.entries(memoryAtMarks).map(([mark, { rss, heapUsed, external }]) => [
			mark,
			{ rss: MiB(rss), heap: MiB(heapUsed), external: MiB(external) },
		]),
	);
}

/** Rendering time per kind of route, summed from Astro's "├─ /path (+12ms)" and "(+1.25s)" build log lines. */
export function routeTimes(log: string) {
	const totals: Record<string, number> = {};
	const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
	for (const match of plain.matchAll(/[├└]─ (\S+) \(\+([\d.]+)(m?s)\)/g)) {
		const path = match[1] ?? '';
		const kind = /\.(xml|json)$/.test(path)
			? 'feeds and data'
			: path.endsWith('.png')
				? 'share images'
				: /^\/(?:[a-z]{2}\/)?(articles|summaries)\//.test(path)
					? 'entry pages'
					: 'other pages';
		totals[kind] = (totals[kind] ?? 0) + Number(match[2]) * (match[3] === 's' ? 1000 : 1);
	}
	return Object.fromEntries(Object.entries(totals).map(([kind, ms]) => [kind, seconds(ms)]));
}

export function folderSize(folder: string): number {
	let total = 0;
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }))
		if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
	return total;
}

/** The CPU time of a process's children that have ended and been waited for, from its /proc/<pid>/stat line. */
export function childrenCpu(stat: string): CpuSeconds {
	return statTimes(stat).endedChildren;
}

/** This process's children's CPU time so far (Linux only). */
export function childrenCpuSoFar(): CpuSeconds {
	return childrenCpu(readFileSync('/proc/self/stat', 'utf8'));
}

/** CPU time between two readings, rounded to a tenth of a second. */
export function cpuBetween(before: CpuSeconds, after: CpuSeconds): CpuSeconds & { total: number } {
	const user = after.user - before.user;
	const system = after.system - before.system;
	return { user: +user.toFixed(1), system: +system.toFixed(1), total: +(user + system).toFixed(1) };
}
