// The list of share cards to draw, written by the build for astro:build:done (index.ts) and never published.
import type { APIRoute } from 'astro';
import { publishedShareCards } from '../../lib/share-cards/index.ts';

export const GET: APIRoute = () => Response.json(publishedShareCards);
