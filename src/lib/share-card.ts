import type { APIRoute } from 'astro';
import type { EntryCollection } from '../content-model/collections.ts';
import { t } from '../i18n/ui.ts';
import type { Language } from '../i18n/languages.ts';
import { building, prefetchShareImages, publishShareImage, shareImage } from '../share-image/pool.ts';
import type { ShareCard } from '../share-image/render.ts';
import { allEntries, type Entry } from './entries.ts';
import { entryShareCard } from './entry-share-card.ts';
import { languageParam, languagePaths } from './language-paths.ts';
import { urls } from './urls.ts';
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
 * called by the entry pages' getStaticPaths (the share images' publish their own). The dev server
 * draws each card when it is asked for.
 */
export async function prefetchEntryShareImages(): Promise<void> {
	prefetchShareImages((await allEntries()).map((entry) => [versionKey(entry), entryShareCard(entry)]));
}

/**
 * In a build, the share images are not pages: each card is published at its address
 * (src/share-image/pool.ts), to be moved into the output once the pages are rendered, and the route
 * has no static paths. The dev server renders them as pages.
 */
function publishedInstead<Path>(paths: Path[], cards: () => [address: string, key: string, card: ShareCard][]): Path[] {
	if (!building()) return paths;
	for (const [address, key, card] of cards()) publishShareImage(urls.outputFile(address), key, card);
	return [];
}

/** Static paths and handler for the share images of one kind of entry, in every language it is written in: /articles/<id>/share.png. */
export function shareImageRoute(collection: EntryCollection) {
	return {
		getStaticPaths: async () => {
			const entries = (await allEntries()).filter((entry) => entry.collection === collection);
			return publishedInstead(
				entries.map((entry) => ({ params: { id: entry.id, lang: languageParam(entry.data.lang) }, props: { entry } })),
				() =>
					entries.map((entry) => [
						urls.shareImage(entry.data.lang, collection, entry.id),
						versionKey(entry),
						entryShareCard(entry),
					]),
			);
		},
		GET: (async ({ props }) => {
			const { entry } = props as { entry: Entry };
			return pngResponse(await shareImage(versionKey(entry), entryShareCard(entry)));
		}) satisfies APIRoute,
	};
}

const siteCardKey = (lang: Language) => `site/${lang}`;

/** Static paths and handler of the site's own card, per language: /share.png, /es/share.png. */
export const siteShareImageRoute = {
	getStaticPaths: () =>
		publishedInstead(languagePaths(), () =>
			languagePaths().map(({ props: { lang } }) => [urls.siteShareImage(lang), siteCardKey(lang), siteShareCard(lang)]),
		),
	GET: (async ({ props }) => {
		const { lang } = props as { lang: Language };
		return pngResponse(await shareImage(siteCardKey(lang), siteShareCard(lang)));
	}) satisfies APIRoute,
};
