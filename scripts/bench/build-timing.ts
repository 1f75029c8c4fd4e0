import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { Mark, Timing } from './measure.ts';

/**
 * The benchmark's probe (scripts/bench/timed-build.ts passes it to the build): records when each
 * phase of the build ends and the memory it holds, and writes them to `file` as JSON once the build is
 * done. It comes after the site's own integrations, so each mark falls after their hooks of that phase:
 * the content check before `configSetup`, the search index and the sitemap before `doneEnd`.
 */
export function buildTiming(file: string): AstroIntegration {
	const marks: Timing['marks'] = {};
	/** The highest resident memory seen in each phase (named after the mark that starts it), sampled. */
	const peakRssByPhase: NonNullable<Timing['peakRssByPhase']> = {};
	/** The JavaScript heap and memory outside it when each mark is reached. */
	const memoryAtMarks: NonNullable<Timing['memoryAtMarks']> = {};
	let phase: Mark | 'start' = 'start';
	const sample = () => {
		const rss = process.memoryUsage.rss();
		if (rss > (peakRssByPhase[phase] ?? 0)) peakRssByPhase[phase] = rss;
	};
	const mark = (name: Mark) => {
		sample();
		marks[name] = performance.now();
		const { rss, heapUsed, external } = process.memoryUsage();
		memoryAtMarks[name] = { rss, heapUsed, external };
		phase = name;
	};
	return {
		name: 'bench:build-timing',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				setInterval(sample, 100).unref();
				mark('configSetup');
				updateConfig({ vite: { plugins: [{ name: 'bench:bundle-timing', buildEnd: () => mark('bundleEnd') }] } });
			},
			'astro:build:start': () => mark('buildStart'),
			'astro:build:generated': () => mark('generated'),
			'astro:build:done': () => {
				mark('doneEnd');
				const timing: Timing = { marks, peakRssBytes: process.resourceUsage().maxRSS * 1024, peakRssByPhase, memoryAtMarks };
				writeFileSync(file, JSON.stringify(timing, null, 2));
			},
		},
	};
}
