import type { EntryCollection } from '../../content-model/collections.ts';
import { allEntries, type Entry } from './load.ts';
import { languageParam } from '../language-paths.ts';

/**
 * Static paths for one kind of entry, in every language it is written in. Previous and next walk
 * the archive of the entry's language (articles and summaries together), as a reader paging through
 * it would.
 */
export function entryPaths(collection: EntryCollection) {
	const entries = allEntries;
	// Each entry's place in the list of its language, worked out once (not once per entry).
	const byLanguage = Map.groupBy(entries, (entry) => entry.data.lang);
	const place = new Map<Entry, number>();
	for (const list of byLanguage.values()) list.forEach((entry, index) => place.set(entry, index));
	return entries.flatMap((entry) => {
		if (entry.collection !== collection) return [];
		const sameLanguage = byLanguage.get(entry.data.lang) ?? [];
		const index = place.get(entry) ?? -1;
		return [
			{
				params: { id: entry.id, lang: languageParam(entry.data.lang) },
				props: { entry, next: sameLanguage[index - 1], previous: sameLanguage[index + 1] },
			},
		];
	});
}
