import type { APIRoute } from 'astro';
import { urls } from '../lib/urls.ts';

/** Everything is public; the sitemap lists every page. */
export const GET: APIRoute = ({ site, url }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${urls.absolute(urls.fromRoot('/sitemap-index.xml'), site ?? url)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
