// The list of share cards to draw, written by the build for index.ts, which draws them once the pages
// are generated; never published.
import type { APIRoute } from 'astro';
import { publishedShareCards } from '../../lib/share-cards/index.ts';

export const GET: APIRoute = () => Response.json(publishedShareCards);
