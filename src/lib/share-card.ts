import type { APIRoute } from 'astro';
import type { EntryCollection } from '../content-model/collections.ts';
import { t } from '../i18n/ui.ts';
import type { Language } from '../i18n/languages.ts';
import { prefetchShareImages, shareImage } from '../share-image/pool.ts';
import type { ShareCard } from '../share-image/render.ts';
import { allEntries, type Entry } from './entries.ts';
import { entryShareCard } from './entry-share-card.ts';
import { languageParam } from './language-paths.ts';
import { versionKey } from './version-key.ts';

export function siteShareCard(lang: Language): ShareCard {
	return { siteName: t(lang, 'site.name'), label: t(lang, 'share.siteLabel'), title: t(lang, 'site.tagline'), footer: '' };
}

function pngResponse(png: Buffer): Response {
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}

/**
 * In a build, starts drawing every entry's card on worker threads (src/share-image/pool.ts) while the
 * build renders pages (the originals' cards are already under way: src/lib/share-cards-ahead.ts);
 * called by the entry pages' and the share images' getStaticPaths, whichever comes first. The dev
 * server draws each card when it is asked for.
 */
export async function prefetchEntryShareImages(): Promise<void> {
	prefetchShareImages((await allEntries()).map((entry) => [versionKey(entry), entryShareCard(entry)]));
}

/** Static paths and handler for the share images of one kind of entry, in every language it is written in: /articles/<id>/share.png. */
export function shareImageRoute(collection: EntryCollection) {
	return {
		getStaticPaths: async () => {
			await prefetchEntryShareImages();
			return (await allEntries())
				.filter((entry) => entry.collection === collection)
				.map((entry) => ({ params: { id: entry.id, lang: languageParam(entry.data.lang) }, props: { entry } }));
		},
		GET: (async ({ props }) => {
			const { entry } = props as { entry: Entry };
			return pngResponse(await shareImage(versionKey(entry), entryShareCard(entry)));
		}) satisfies APIRoute,
	};
}

/** The site's own card, per language: /share.png, /es/share.png. */
export const siteShareImage: APIRoute = async ({ props }) => {
	const { lang } = props as { lang: Language };
	return pngResponse(await shareImage(`site/${lang}`, siteShareCard(lang)));
};
