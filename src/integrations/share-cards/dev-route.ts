// The dev server's share cards, drawn when they are asked for: /share.png, /es/articles/<id>/share.png …
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedShareCards } from '../../lib/share-cards/index.ts';
import { renderShareImage, type ShareCard } from '../../share-cards/index.ts';

export const getStaticPaths = (() =>
	publishedShareCards.map(({ path, card }) => ({
		params: { card: path.replace(/\/?share\.png$/, '') || undefined },
		props: { card },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
	new Response(new Uint8Array(await renderShareImage((props as { card: ShareCard }).card)), { headers: { 'Content-Type': 'image/png' } });
