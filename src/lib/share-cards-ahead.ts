import type { EntryCollection } from '../content-model/collections.ts';
import { prefetchShareImages } from '../share-image/pool.ts';
import type { ShareCard } from '../share-image/render.ts';
import { type CardSubject, entryShareCard } from './entry-share-card.ts';
import { versionKey } from './version-key.ts';

/** An entry as a collection's loader stores it: its id and its data, checked against the schema. */
interface StoredEntry {
	id: string;
	data: Record<string, unknown>;
}

/** The cards of a collection's stored entries, by key, drafts left out: drafts are never built. */
export function storedEntryCards(collection: EntryCollection, stored: Iterable<StoredEntry>): [key: string, card: ShareCard][] {
	const cards: [string, ShareCard][] = [];
	for (const { id, data } of stored) {
		if (data.draft === true) continue;
		const subject: CardSubject = { collection, id, data: data as CardSubject['data'] };
		cards.push([versionKey(subject), entryShareCard(subject)]);
	}
	return cards;
}

/**
 * Starts drawing the share cards of a collection's entries as soon as its loader has stored them
 * (src/content.config.ts); the pool draws ahead in builds only. Content sync and bundling leave the
 * second core partly idle (about 3 of their 7 s at 1,000 articles, by `perf record -a`); cards drawn
 * then are not drawn at the end of the build, where the last ones held it up. The pages' own request
 * for the same cards (src/lib/share-card.ts) finds them already asked for, under the same key and from
 * the same data.
 *
 * Only originals are stored by their loader: translations, which take most of their data from their
 * original, are drawn when the pages ask.
 */
export function drawShareCardsAhead(collection: EntryCollection, stored: Iterable<StoredEntry>): void {
	prefetchShareImages(storedEntryCards(collection, stored));
}
