import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContentFolder } from '../content-model/check.ts';
import { formatProblems } from '../content-model/validate.ts';

/**
 * Validates all content before Astro loads it. Astro's own loader stops at the first bad entry;
 * this lists every problem at once and stops a build before anything is written.
 * In dev it only warns, so that the preview keeps running while an editor fixes things.
 */
export function contentValidation(): AstroIntegration {
	return {
		name: 'campaign:content-validation',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				const problems = checkContentFolder(fileURLToPath(config.root));
				if (problems.length === 0) return;
				const report = formatProblems(problems);
				if (command === 'dev') logger.warn(report);
				else throw new Error(`The content has problems; nothing was built.\n\n${report}\n`);
			},
		},
	};
}
