import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { building, publishShareImage } from '../share-image/pool.ts';
import { renderShareImage } from '../share-image/render.ts';
import { shareCards } from './share-cards.ts';

type Hooks = AstroIntegration['hooks'] & {
	'astro:config:setup': (options: { command: string }) => void;
	'astro:build:done': (options: { dir: URL; logger: { info: (message: string) => void } }) => Promise<void>;
};
const hooks = shareCards().hooks as Hooks;

test('cards are drawn ahead and published in `astro build` only, not by the dev server, `astro sync` or `astro check`', () => {
	for (const command of ['dev', 'sync', 'preview']) {
		hooks['astro:config:setup']({ command });
		assert.equal(building(), false, command);
	}
	hooks['astro:config:setup']({ command: 'build' });
	assert.equal(building(), true);
});

test('when the build is done, the published cards are in its output folder', async (context) => {
	const dir = mkdtempSync(join(tmpdir(), 'share-cards-test-'));
	context.after(() => rmSync(dir, { recursive: true, force: true }));
	const card = { siteName: 'Site', label: 'Article', title: 'A title', footer: '1 May 2023' };
	publishShareImage('articles/a-title/share.png', 'articles/a-title', card);
	const logged: string[] = [];
	await hooks['astro:build:done']({ dir: pathToFileURL(`${dir}/`), logger: { info: (message) => logged.push(message) } });
	assert.ok(readFileSync(join(dir, 'articles/a-title/share.png')).equals(await renderShareImage(card)));
	assert.deepEqual(logged, ['1 share cards written']);
});
