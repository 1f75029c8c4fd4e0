import type { APIRoute } from 'astro';
import { SITE } from '../../config/site.ts';
import { eventExport } from '../../lib/record/exports.ts';
import { eventsJson } from '../../lib/record/open-data.ts';

/** /data/events.json: every event on the timeline, with its sources and the entries that cover it. */
export const GET: APIRoute = ({ site }) =>
	new Response(eventsJson(eventExport(site ?? SITE.url)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
