import type { EntryCollection } from '../content-model/collections.ts';
import { allEntries, type Entry } from './entries.ts';
import { prefetchEntryShareImages } from './share-card.ts';

/**
 * Static paths for one kind of entry. Previous and next walk the whole archive (articles and
 * summaries together, in the entry's language), as a reader paging through it would.
 */
export async function entryPaths(collection: EntryCollection) {
	// The share images are drawn on other cores while the build renders these pages.
	await prefetchEntryShareImages();
	const entries = await allEntries();
	// Each entry's place in the list of its language, worked out once (not once per entry).
	const byLanguage = new Map<string, Entry[]>();
	for (const entry of entries) byLanguage.set(entry.data.lang, [...(byLanguage.get(entry.data.lang) ?? []), entry]);
	const place = new Map<Entry, number>();
	for (const list of byLanguage.values()) list.forEach((entry, index) => place.set(entry, index));
	return entries.flatMap((entry) => {
		if (entry.collection !== collection) return [];
		const sameLanguage = byLanguage.get(entry.data.lang) ?? [];
		const index = place.get(entry) ?? -1;
		return [{ params: { id: entry.id }, props: { entry, next: sameLanguage[index - 1], previous: sameLanguage[index + 1] } }];
	});
}
