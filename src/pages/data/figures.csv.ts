import type { APIRoute } from 'astro';
import { SITE } from '../../config/site.ts';
import { figureExport } from '../../lib/record/exports.ts';
import { figuresCsv } from '../../lib/record/open-data.ts';

/** /data/figures.csv: the rows of figures.json, with the schema version and licence on each. */
export const GET: APIRoute = ({ site }) =>
	new Response(figuresCsv(figureExport(site ?? SITE.url)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
