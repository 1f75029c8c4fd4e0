import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { AstroPrerenderer } from 'astro';
import { SITE } from '../config/site.ts';
import { childProcessesNamed } from '../lib/process-tree.ts';
import { INDEXED_ROUTES, searchIndex } from './pagefind.ts';
import { prerender } from './prerender.ts';

const outDir = mkdtempSync(join(tmpdir(), 'search-index-'));
after(() => rmSync(outDir, { recursive: true, force: true }));

type Hook = (options: unknown) => unknown;
const hooksOf = (integration: { hooks: object }) => integration.hooks as Record<string, Hook>;

const html = (body: string) =>
	new Response(`<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`, {
		headers: { 'content-type': 'text/html' },
	});

test('the index is written as soon as the indexed routes are rendered, and a page of another route that asks to be indexed fails the build', async () => {
	const [entryRoute] = INDEXED_ROUTES;
	const paths = [
		{ pathname: '/topics/x/', route: { component: 'src/pages/[...lang]/topics/[topic]/[...page].astro' } },
		{ pathname: '/articles/a/', route: { component: entryRoute } },
	];
	const bodies: Record<string, string> = {
		'/articles/a/': '<article data-pagefind-body><h1>Water in Puno</h1><p>Findable words about the highlands.</p></article>',
		'/topics/x/': '<main data-pagefind-body><p>A list page that should not be indexed.</p></main>',
	};
	const search = hooksOf(searchIndex());
	search['astro:config:done']!({ config: { outDir: pathToFileURL(`${outDir}/`) } });
	search['astro:build:start']!({});
	const render = hooksOf(prerender());
	render['astro:config:done']!({ config: { base: '/' } });
	let prerenderer: AstroPrerenderer | undefined;
	render['astro:build:start']!({
		setPrerenderer: (wrap: (defaults: AstroPrerenderer) => AstroPrerenderer) =>
			(prerenderer = wrap({
				name: 'astro:default',
				getStaticPaths: async () => paths as never,
				render: async (request) => html(bodies[new URL(request.url).pathname]!),
			})),
	});
	const ordered = await prerenderer!.getStaticPaths();
	assert.deepEqual(
		ordered.map(({ pathname }) => pathname),
		['/articles/a/', '/topics/x/'],
		'the indexed route first',
	);
	const entryFile = join(outDir, SITE.searchIndexFolder, 'pagefind-entry.json');
	await prerenderer!.render(new Request('http://localhost/articles/a/'), { routeData: ordered[0]!.route as never });
	// Pagefind starts, indexes and writes in a process of its own, at a low priority: a loaded machine may take a while.
	for (const deadline = Date.now() + 30_000; Date.now() < deadline && !existsSync(entryFile);)
		await new Promise((resolve) => setTimeout(resolve, 50));
	assert.ok(existsSync(entryFile), 'the index was written before the other pages were rendered');
	await prerenderer!.render(new Request('http://localhost/topics/x/'), { routeData: ordered[1]!.route as never });
	await assert.rejects(
		async () => search['astro:build:done']!({ logger: { info() {}, warn() {} } }),
		(error: Error) =>
			error.message.includes('/topics/x/ (src/pages/[...lang]/topics/[topic]/[...page].astro) carries data-pagefind-body') &&
			error.message.includes('INDEXED_ROUTES'),
	);
	assert.deepEqual(childProcessesNamed('pagefind'), [], 'Pagefind’s process has ended and been waited for, even though the build failed');
});
