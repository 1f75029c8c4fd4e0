// The pages each language's search index holds, written by the build for index.ts, which reads it once
// the pages are generated; never published.
import type { APIRoute } from 'astro';
import { searchRecords } from '../../lib/search/index.ts';

export const GET: APIRoute = () => Response.json(searchRecords);
