import type { APIRoute } from 'astro';
import type { EntryCollection } from '../content-model/collections.ts';
import { t } from '../i18n/ui.ts';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { renderShareImage, type ShareCard } from '../share-image/render.ts';
import { allEntries, type Entry, isSummary } from './entries.ts';
import { formatDate } from './format.ts';

export function entryShareCard(entry: Entry): ShareCard {
	const { lang, title, published } = entry.data;
	return {
		siteName: t(lang, 'site.name'),
		label: t(lang, isSummary(entry) ? 'kind.summary' : 'kind.article'),
		title,
		footer: formatDate(published, lang),
	};
}

export function siteShareCard(): ShareCard {
	const lang = DEFAULT_LANGUAGE;
	return { siteName: t(lang, 'site.name'), label: t(lang, 'share.siteLabel'), title: t(lang, 'site.tagline'), footer: '' };
}

function pngResponse(png: Buffer): Response {
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}

/** Static paths and handler for the share images of one kind of entry: /articles/<id>/share.png. */
export function shareImageRoute(collection: EntryCollection) {
	return {
		getStaticPaths: async () =>
			(await allEntries())
				.filter((entry) => entry.collection === collection)
				.map((entry) => ({ params: { id: entry.id }, props: { entry } })),
		GET: (async ({ props }) => pngResponse(await renderShareImage(entryShareCard((props as { entry: Entry }).entry)))) satisfies APIRoute,
	};
}

export const siteShareImage: APIRoute = async () => pngResponse(await renderShareImage(siteShareCard()));
