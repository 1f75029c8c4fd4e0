import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { renderShareImage } from '../../share-cards/index.ts';
import { shareCards } from './index.ts';
import { MANIFEST } from './manifest.ts';

interface Route {
	pattern: string;
	entrypoint: string | URL;
}
interface Hooks {
	'astro:config:setup': (options: { command: string; config: { cacheDir: URL }; injectRoute: (route: Route) => void }) => void;
	'astro:build:generated': (options: { dir: URL }) => void;
	'astro:build:done': (options: { dir: URL; logger: { info: (message: string) => void } }) => Promise<void>;
}

function setUp(command: string, cacheDir: string) {
	const hooks = shareCards().hooks as unknown as Hooks;
	const routes: Route[] = [];
	hooks['astro:config:setup']({ command, config: { cacheDir: pathToFileURL(`${cacheDir}/`) }, injectRoute: (route) => routes.push(route) });
	return { hooks, routes };
}

test('a build gets the manifest route, the dev server an endpoint per card, other commands neither', () => {
	const patterns = (command: string) => setUp(command, tmpdir()).routes.map((route) => route.pattern);
	assert.deepEqual(patterns('build'), [`/${MANIFEST}`]);
	assert.deepEqual(patterns('dev'), ['/[...card]/share.png']);
	assert.deepEqual(patterns('sync'), []);
	assert.deepEqual(patterns('preview'), []);
	for (const { entrypoint } of [...setUp('build', tmpdir()).routes, ...setUp('dev', tmpdir()).routes])
		assert.ok(existsSync(new URL(entrypoint)), `${entrypoint} does not exist`);
});

test('once the pages are generated the cards are drawn, and when the build is done the manifest’s cards are in the output, cached in cacheDir, and the manifest is gone', async (context) => {
	const root = mkdtempSync(join(tmpdir(), 'share-cards-integration-'));
	context.after(() => rmSync(root, { recursive: true, force: true }));
	const [out, cache] = [join(root, 'dist'), join(root, 'cache')];
	mkdirSync(out);
	const card = { siteName: 'Site', label: 'Article', title: 'A title', footer: '1 May 2023' };
	const build = async () => {
		writeFileSync(join(out, MANIFEST), JSON.stringify([{ path: 'articles/a-title/share.png', card }]));
		const logged: string[] = [];
		const { hooks } = setUp('build', cache);
		const dir = pathToFileURL(`${out}/`);
		hooks['astro:build:generated']({ dir });
		await hooks['astro:build:done']({ dir, logger: { info: (message) => logged.push(message) } });
		return logged;
	};

	assert.match((await build()).join('\n'), /^share cards: 1 drawn, 0 from cache, in \d+\.\d\d s$/);
	assert.ok(readFileSync(join(out, 'articles/a-title/share.png')).equals(await renderShareImage(card)));
	assert.equal(existsSync(join(out, MANIFEST)), false, 'the manifest was published');
	assert.equal(readdirSync(join(cache, 'share-cards')).length, 1);
	assert.match((await build()).join('\n'), /^share cards: 0 drawn, 1 from cache/);
});
