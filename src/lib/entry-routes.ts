import type { EntryCollection } from '../content-model/collections.ts';
import { allEntries } from './entries.ts';

/**
 * Static paths for one kind of entry. Previous and next walk the whole archive (articles and
 * summaries together, in the entry's language), as a reader paging through it would.
 */
export async function entryPaths(collection: EntryCollection) {
	const entries = await allEntries();
	return entries.flatMap((entry) => {
		if (entry.collection !== collection) return [];
		const sameLanguage = entries.filter((other) => other.data.lang === entry.data.lang);
		const index = sameLanguage.indexOf(entry);
		return [{ params: { id: entry.id }, props: { entry, next: sameLanguage[index - 1], previous: sameLanguage[index + 1] } }];
	});
}
