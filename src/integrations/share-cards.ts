import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { startBuilding, writePublishedShareImages } from '../share-image/pool.ts';

/**
 * The share cards in `astro build`: drawn from content sync on (src/lib/share-cards-ahead.ts), and moved
 * into the output once the pages are rendered, rather than rendered as pages one by one
 * (`publishShareImage`, src/lib/share-card.ts). The dev server draws each card when it is asked for.
 */
export function shareCards(): AstroIntegration {
	return {
		name: 'campaign:share-cards',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command === 'build') startBuilding();
			},
			'astro:build:done': async ({ dir, logger }) => {
				const written = await writePublishedShareImages(fileURLToPath(dir));
				logger.info(`${written} share cards written`);
			},
		},
	};
}
