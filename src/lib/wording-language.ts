import type { Figure } from '../schemas/figure.ts';

/** A figure's wording is quoted from the document we read it in: the relaying publication (via) if any, else its source. */
export function wordingLanguage(figure: Pick<Figure, 'source' | 'via'>, languageOf: (sourceId: string) => string | undefined): string {
	const language = languageOf(figure.via ?? figure.source);
	if (language === undefined) throw new Error(`Figure from "${figure.source}": its source is not known`);
	return language;
}
