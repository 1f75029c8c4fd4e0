/** Whole minutes to read `words` words, never less than one. */
export function readingMinutes(words: number, wordsPerMinute: number): number {
	return Math.max(1, Math.round(words / wordsPerMinute));
}
