import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/**
 * For the benchmark (scripts/bench.ts): when BUILD_TIMING_FILE is set, records when each build phase
 * ends and the process's peak memory, and writes them there as JSON. `timingMarks('first')` goes
 * first in the integration list and `timingMarks('last')` last, so that the time other integrations
 * spend in astro:build:done (the search index, the sitemap) falls between their two marks.
 */
const marks: Record<string, number> = {};
const mark = (name: string) => {
	marks[name] = performance.now();
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
					JSON.stringify({ marks, peakRssBytes: process.resourceUsage().maxRSS * 1024 }, null, 2),
				);
			},
		},
	};
}
