// The pages each language's search index holds, written by the build for astro:build:done (index.ts)
// and never published.
import type { APIRoute } from 'astro';
import { searchRecords } from '../../lib/search/index.ts';

export const GET: APIRoute = () => Response.json(searchRecords);
