import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { processTreeCpuSeconds } from '../lib/process-tree.ts';

/**
 * For the benchmark (scripts/bench.ts): when BUILD_TIMING_FILE is set, records when each build phase
 * ends and the process's peak memory, and writes them there as JSON. `timingMarks('first')` goes
 * first in the integration list and `timingMarks('last')` last, so that the time other integrations
 * spend in astro:build:done (the search index, the sitemap) falls between their two marks.
 */
const marks: Record<string, number> = {};
/** The highest resident memory seen in each phase (named after the mark that starts it), sampled. */
const peakRssByPhase: Record<string, number> = {};
/** The JavaScript heap and memory outside it when each mark is reached. */
const memoryAtMarks: Record<string, { rss: number; heapUsed: number; external: number }> = {};
/** CPU time (ms) the build thread has used when each mark is reached: see buildThreadCpuByPhase in scripts/bench/measure.ts. */
const buildThreadCpuMs: Record<string, number> = {};
/** CPU time (ms) the whole process and its child processes have used when each mark is reached. */
const processTreeCpuMs: Record<string, number> = {};
let phase = 'start';
const sample = () => {
	const rss = process.memoryUsage.rss();
	if (rss > (peakRssByPhase[phase] ?? 0)) peakRssByPhase[phase] = rss;
};
const mark = (name: string) => {
	sample();
	marks[name] = performance.now();
	const { rss, heapUsed, external } = process.memoryUsage();
	memoryAtMarks[name] = { rss, heapUsed, external };
	const cpu = process.threadCpuUsage();
	buildThreadCpuMs[name] = (cpu.user + cpu.system) / 1000;
	processTreeCpuMs[name] = processTreeCpuSeconds() * 1000;
	phase = name;
};

export function timingMarks(position: 'first' | 'last'): AstroIntegration {
	const file = process.env.BUILD_TIMING_FILE;
	const name = `campaign:build-timing-${position}`;
	if (!file) return { name, hooks: {} };
	if (position === 'first')
		return {
			name,
			hooks: {
				'astro:config:setup': ({ updateConfig }) => {
					setInterval(sample, 100).unref();
					mark('configSetup');
					updateConfig({
						vite: { plugins: [{ name: 'campaign:bundle-timing', buildEnd: () => mark('bundleEnd') }] },
					});
				},
				'astro:build:start': () => mark('buildStart'),
				'astro:build:generated': () => mark('generated'),
				'astro:build:done': () => mark('doneStart'),
			},
		};
	return {
		name,
		hooks: {
			'astro:build:done': () => {
				mark('doneEnd');
				writeFileSync(
					file,
					JSON.stringify(
						{
							marks,
							peakRssBytes: process.resourceUsage().maxRSS * 1024,
							peakRssByPhase,
							memoryAtMarks,
							buildThreadCpuMs,
							processTreeCpuMs,
						},
						null,
						2,
					),
				);
			},
		},
	};
}
