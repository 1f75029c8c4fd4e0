import type { APIRoute } from 'astro';
import { SITE } from '../../config/site.ts';
import { sourceExport } from '../../lib/record/exports.ts';
import { sourcesJson } from '../../lib/record/open-data.ts';

/** /data/sources.json: every source, with the entries and events that cite it. */
export const GET: APIRoute = ({ site }) =>
	new Response(sourcesJson(sourceExport(site ?? SITE.url)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
