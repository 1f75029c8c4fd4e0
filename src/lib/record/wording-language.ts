import type { Figure } from '../../schemas/figure.ts';

/** What marking a quotation's language needs of a source: its id and the language it is written in. */
interface SourceLanguage {
	id: string;
	data: { language: string; descriptiveTitle?: boolean };
}

/**
 * A figure's wording is quoted from the document we read it in: the relaying publication (via) if any,
 * else its source.
 */
export function wordingLanguage(figure: Pick<Figure, 'source' | 'via'>, sources: ReadonlyMap<string, SourceLanguage>): string {
	const { id } = figure.via ?? figure.source;
	const source = sources.get(id);
	if (source === undefined) throw new Error(`Figure from "${figure.source.id}": its source "${id}" is not known`);
	return source.data.language;
}

/**
 * The `lang` attribute for a source's title on a page in `pageLang`: a document's own title is in the
 * document's language; a descriptive title is ours, in the page's (so no attribute).
 */
export function titleLanguage(source: SourceLanguage, pageLang: string): string | undefined {
	return source.data.descriptiveTitle || source.data.language === pageLang ? undefined : source.data.language;
}
