import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AstroPrerenderer } from 'astro';
import { onRenderedPage, prerender, routesRendered, type RenderedPage } from './prerender.ts';

/** The prerenderer the integration sets, wrapped around a stand-in for Astro's own. */
function wrapped(base: string, defaults: Partial<AstroPrerenderer>): AstroPrerenderer {
	const integration = prerender();
	const hooks = integration.hooks as Record<string, (options: unknown) => void>;
	hooks['astro:config:done']!({ config: { base } });
	let set: AstroPrerenderer | undefined;
	hooks['astro:build:start']!({
		setPrerenderer: (value: AstroPrerenderer | ((defaults: AstroPrerenderer) => AstroPrerenderer)) => {
			set =
				typeof value === 'function'
					? value({ name: 'astro:default', getStaticPaths: async () => [], render: async () => new Response(''), ...defaults })
					: value;
		},
	});
	assert.ok(set);
	return set;
}

test('each HTML page reaches the listeners with its path in the output folder, and Astro still gets the same page', async () => {
	const seen: RenderedPage[] = [];
	onRenderedPage((page) => {
		seen.push(page);
	});
	const pages: Record<string, Response> = {
		'/campaign/articles/x/': new Response('<html data-x>article</html>', { headers: { 'content-type': 'text/html' } }),
		'/campaign/': new Response('<html>home</html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }),
		'/campaign/404': new Response('<html>not found</html>', { headers: { 'content-type': 'text/html' } }),
		'/campaign/rss.xml': new Response('<rss/>', { headers: { 'content-type': 'application/xml' } }),
	};
	const prerenderer = wrapped('/campaign', { render: async (request) => pages[new URL(request.url).pathname]! });
	const bodies: string[] = [];
	for (const path of Object.keys(pages)) {
		const result = await prerenderer.render(new Request(`http://localhost${path}`), { routeData: {} as never });
		const response = result instanceof Response ? result : result.response;
		bodies.push(await response.text());
		assert.equal(response.status, 200);
	}
	assert.deepEqual(bodies, ['<html data-x>article</html>', '<html>home</html>', '<html>not found</html>', '<rss/>']);
	assert.deepEqual(
		seen.map(({ sourcePath, pathname }) => [sourcePath, pathname]),
		[
			['articles/x/index.html', '/campaign/articles/x/'],
			['index.html', '/campaign/'],
			[undefined, '/campaign/404'],
		],
	);
});

test('pages rendered at once reach the listeners in the order they were started, however they finish', async () => {
	const order: string[] = [];
	onRenderedPage(({ pathname }) => {
		if (pathname.startsWith('/concurrent/')) order.push(pathname);
	});
	const html = (text: string) => new Response(`<html>${text}</html>`, { headers: { 'content-type': 'text/html' } });
	// The first page takes longest, and the third is not HTML; the others finish in reverse order.
	const delays: Record<string, number> = { '/concurrent/a/': 60, '/concurrent/b/': 40, '/concurrent/c.xml': 30, '/concurrent/d/': 0 };
	const prerenderer = wrapped('/', {
		render: async (request) => {
			const { pathname } = new URL(request.url);
			await new Promise((resolve) => setTimeout(resolve, delays[pathname]));
			return pathname.endsWith('.xml') ? new Response('<rss/>', { headers: { 'content-type': 'application/xml' } }) : html(pathname);
		},
	});
	await Promise.all(
		Object.keys(delays).map((path) => prerenderer.render(new Request(`http://localhost${path}`), { routeData: {} as never })),
	);
	assert.deepEqual(order, ['/concurrent/a/', '/concurrent/b/', '/concurrent/d/']);
});

test('a page that fails to render does not hold up the pages after it', async () => {
	const order: string[] = [];
	onRenderedPage(({ pathname }) => {
		if (pathname.startsWith('/failing/')) order.push(pathname);
	});
	const prerenderer = wrapped('/', {
		render: async (request) => {
			const { pathname } = new URL(request.url);
			if (pathname === '/failing/broken/') throw new Error('broken page');
			return new Response('<html>page</html>', { headers: { 'content-type': 'text/html' } });
		},
	});
	const results = await Promise.allSettled(
		['/failing/broken/', '/failing/next/'].map((path) =>
			prerenderer.render(new Request(`http://localhost${path}`), { routeData: {} as never }),
		),
	);
	assert.deepEqual(
		results.map(({ status }) => status),
		['rejected', 'fulfilled'],
	);
	assert.deepEqual(order, ['/failing/next/']);
});

test('the pages of awaited routes come first, the others after them in Astro’s order, and the wait ends once the last of them has been handed on', async () => {
	const entry = 'test/awaited/[id].astro';
	const handed: string[] = [];
	onRenderedPage(({ pathname }) => {
		if (pathname.startsWith('/awaited/')) handed.push(pathname);
	});
	let ended: string[] | undefined;
	const awaited = routesRendered((component) => component === entry).then(() => (ended = [...handed]));
	const paths = [
		{ pathname: '/awaited/', route: { component: 'test/list.astro' } },
		{ pathname: '/awaited/x/rss.xml', route: { component: 'test/feed.ts' } },
		{ pathname: '/awaited/x/', route: { component: entry } },
		{ pathname: '/awaited/y/', route: { component: entry } },
		{ pathname: '/about/', route: { component: 'test/about.astro' } },
	];
	const prerenderer = wrapped('/', {
		getStaticPaths: async () => paths as never,
		render: async (request) =>
			new Response(`<html>${new URL(request.url).pathname}</html>`, { headers: { 'content-type': 'text/html' } }),
	});
	const ordered = await prerenderer.getStaticPaths();
	assert.deepEqual(
		ordered.map(({ pathname }) => pathname),
		['/awaited/x/', '/awaited/y/', '/awaited/', '/awaited/x/rss.xml', '/about/'],
	);
	for (const { pathname, route } of ordered.slice(0, 2)) {
		assert.equal(ended, undefined, `the wait ended before ${pathname} was handed on`);
		await prerenderer.render(new Request(`http://localhost${pathname}`), { routeData: route as never });
	}
	await awaited;
	assert.deepEqual(ended, ['/awaited/x/', '/awaited/y/'], 'every page of the awaited route, and only those, before the wait ended');
});

test('waiting for routes that have no page ends as soon as the paths are known', async () => {
	let ended = false;
	const awaited = routesRendered((component) => component === 'test/nothing/[id].astro').then(() => (ended = true));
	const prerenderer = wrapped('/', {
		getStaticPaths: async () => [{ pathname: '/other/', route: { component: 'test/other.astro' } }] as never,
	});
	await new Promise((resolve) => setTimeout(resolve, 10));
	assert.equal(ended, false, 'ended before the paths were known');
	await prerenderer.getStaticPaths();
	await awaited;
	assert.ok(ended);
});

test('the build waits for a listener that returns a promise before it goes on (backpressure)', async () => {
	let release: () => void = () => {};
	let waited = false;
	onRenderedPage(
		() =>
			new Promise<void>(
				(resolve) =>
					(release = () => {
						waited = true;
						resolve();
					}),
			),
	);
	const prerenderer = wrapped('/', { render: async () => new Response('<html>page</html>', { headers: { 'content-type': 'text/html' } }) });
	let rendered = false;
	const rendering = prerenderer.render(new Request('http://localhost/page/'), { routeData: {} as never }).then(() => (rendered = true));
	await new Promise((resolve) => setTimeout(resolve, 20));
	assert.equal(rendered, false, 'the page was handed on before the listener was ready');
	release();
	await rendering;
	assert.ok(waited && rendered);
});
