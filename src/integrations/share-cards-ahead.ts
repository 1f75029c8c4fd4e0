import type { AstroIntegration } from 'astro';
import { allowDrawingAhead } from '../share-image/pool.ts';

/** In `astro build` only, lets share cards be drawn from content sync on (src/lib/share-cards-ahead.ts). */
export function shareCardsAhead(): AstroIntegration {
	return {
		name: 'campaign:share-cards-ahead',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command === 'build') allowDrawingAhead();
			},
		},
	};
}
