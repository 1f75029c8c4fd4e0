import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type Mark = 'configSetup' | 'bundleEnd' | 'buildStart' | 'generated' | 'doneEnd';

/** What scripts/bench/build-timing.ts records during a build. */
export interface Timing {
	/** Milliseconds since the build's process started when each mark was reached. */
	marks: Partial<Record<Mark, number>>;
	peakRssBytes: number;
	/** Highest resident memory sampled in each phase, by the mark that starts it. */
	peakRssByPhase?: Partial<Record<Mark | 'start', number>>;
	/** Resident memory, JavaScript heap in use and memory outside it, when each mark is reached. */
	memoryAtMarks?: Partial<Record<Mark, { rss: number; heapUsed: number; external: number }>>;
}

export interface CpuSeconds {
	user: number;
	system: number;
}

const seconds = (ms: number) => +(ms / 1000).toFixed(2);

/** A build split into its phases at the marks, `at` giving each mark's time (ms) and `end` the end's. */
function phases(at: (mark: Mark) => number, end: number) {
	return {
		'start-up and content check': seconds(at('configSetup')),
		'content sync and types': seconds(at('buildStart') - at('configSetup')),
		bundling: seconds(at('bundleEnd') - at('buildStart')),
		'rendering pages, feeds, images': seconds(at('generated') - at('bundleEnd')),
		'after build (share cards, search index, sitemap)': seconds(at('doneEnd') - at('generated')),
		'staging swap and exit': seconds(end - at('doneEnd')),
	};
}

/** Phases of one build, from its marks and the wall time of the whole command. */
export function phasesFrom({ marks }: Timing, wallMs: number) {
	return phases((mark) => marks[mark] ?? 0, wallMs);
}

const MiB = (bytes: number | undefined) => Math.round((bytes ?? 0) / 2 ** 20);

/** Peak memory (MiB) in each phase, named as in `phasesFrom`. */
export function memoryByPhase({ peakRssByPhase = {} }: Timing) {
	return {
		'content sync and types': MiB(peakRssByPhase.configSetup),
		bundling: MiB(peakRssByPhase.buildStart),
		'rendering pages, feeds, images': MiB(peakRssByPhase.bundleEnd),
		'after build (share cards, search index, sitemap)': MiB(peakRssByPhase.generated),
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

/** Clock ticks per second in /proc's times (USER_HZ): 100 on Linux. */
const TICKS_PER_SECOND = 100;

/**
 * The CPU time of a process's children that have ended and been waited for (cutime, cstime), from its
 * /proc/<pid>/stat line. The command's name, in parentheses, may itself hold spaces and parentheses,
 * so the fields are counted from the last ") ".
 */
export function childrenCpu(stat: string): CpuSeconds {
	const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
	const [user, system] = [13, 14].map((field) => Number(fields[field]) / TICKS_PER_SECOND);
	if (!Number.isFinite(user) || !Number.isFinite(system)) throw new Error(`not a /proc stat line: ${stat.slice(0, 80)}`);
	return { user: user!, system: system! };
}

/** This process's children's CPU time so far (Linux only): their own and that of the processes they waited for. */
export function childrenCpuSoFar(): CpuSeconds {
	return childrenCpu(readFileSync('/proc/self/stat', 'utf8'));
}

/**
 * The processes this one has started that have not yet ended and been waited for, whose name begins with
 * `name` (as /proc gives it, at most 15 characters). Each thread lists the processes it started.
 */
export function childProcessesNamed(name: string): number[] {
	return readdirSync('/proc/self/task')
		.flatMap((thread) => {
			try {
				return readFileSync(`/proc/self/task/${thread}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
			} catch {
				return []; // the thread ended while we looked
			}
		})
		.filter((pid) => {
			try {
				return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith(name);
			} catch {
				return false; // it has ended and been waited for meanwhile
			}
		});
}

/** CPU time between two readings, rounded to a tenth of a second. */
export function cpuBetween(before: CpuSeconds, after: CpuSeconds): CpuSeconds & { total: number } {
	const user = after.user - before.user;
	const system = after.system - before.system;
	return { user: +user.toFixed(1), system: +system.toFixed(1), total: +(user + system).toFixed(1) };
}
