import type { APIRoute } from 'astro';
import { SITE } from '../../config/site.ts';
import { figureExport } from '../../lib/record/exports.ts';
import { figuresJson } from '../../lib/record/open-data.ts';

/** /data/figures.json: one row per figure as each entry cites it. */
export const GET: APIRoute = ({ site }) =>
	new Response(figuresJson(figureExport(site ?? SITE.url)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
