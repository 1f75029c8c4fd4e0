import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AstroIntegration } from 'astro';
import { drawingAheadAllowed } from '../share-image/pool.ts';
import { shareCardsAhead } from './share-cards-ahead.ts';

type Setup = (options: { command: string }) => void;
const setup = (shareCardsAhead().hooks as AstroIntegration['hooks'] & { 'astro:config:setup': unknown })['astro:config:setup'] as Setup;

test('cards are drawn ahead in `astro build` only, not by the dev server, `astro sync` or `astro check`', () => {
	for (const command of ['dev', 'sync', 'preview']) {
		setup({ command });
		assert.equal(drawingAheadAllowed(), false, command);
	}
	setup({ command: 'build' });
	assert.equal(drawingAheadAllowed(), true);
});
