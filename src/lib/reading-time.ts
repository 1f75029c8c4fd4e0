/** Words a reader reads in an MDX body: markup, component tags and expressions are not counted. */
export function countWords(body: string, locale: string): number {
	const prose = body
		.replace(/^import .*$/gm, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\{[^}]*\}/g, ' ')
		.replace(/\]\([^)]*\)/g, ']');
	let words = 0;
	for (const segment of new Intl.Segmenter(locale, { granularity: 'word' }).segment(prose))
		if (segment.isWordLike) words += 1;
	return words;
}

/** Whole minutes, never less than one. */
export function readingMinutes(body: string, locale: string, wordsPerMinute: number): number {
	return Math.max(1, Math.round(countWords(body, locale) / wordsPerMinute));
}
