/** The field of a stored entry's data that holds its body's word count: the store keeps no body (src/content-model/loader.ts). */
export const WORD_COUNT = 'wordCount';

/** Words in an entry's body, for its reading time. */
export function storedWordCount(entry: { collection: string; id: string; data: object }): number {
	const count: unknown = (entry.data as Record<string, unknown>)[WORD_COUNT];
	if (typeof count !== 'number') throw new Error(`${entry.collection}/${entry.id} was stored without its word count`);
	return count;
}
