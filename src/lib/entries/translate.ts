import { DEFAULT_LANGUAGE, type Language } from '../../i18n/languages.ts';
import type { EntryTranslation } from '../../schemas/entry-translation.ts';
import type { Figure } from '../../schemas/figure.ts';

/** The fields of an original entry that a translation replaces or changes. */
interface TranslatableData {
	title: string;
	description: string;
	updated?: unknown;
	corrections: EntryTranslation['corrections'];
	draft: boolean;
	lang: Language;
	figures: Figure[];
	image?: { alt: string } | undefined;
}

/**
 * An original's data in another language: its prose from the translation, everything else (numbers,
 * dates, sources, topics) from the original, so that a figure is the same number in every language.
 * The content check has made sure the translation is complete; if it is not, this refuses rather
 * than publish a page in two languages.
 */
export function translateEntryData<Data extends TranslatableData>(
	original: Data,
	translation: EntryTranslation,
	lang: Language,
	file: string,
): Data {
	if (lang === DEFAULT_LANGUAGE) throw new Error(`${file}: a translation cannot be in the default language`);
	const figures = original.figures.map((figure) => translateFigure(figure, translation.figures[figure.id] ?? {}, file));
	if (original.image && !translation.image) throw new Error(`${file}: image.alt is missing`);
	const image = original.image && translation.image ? { ...original.image, alt: translation.image.alt } : original.image;
	return {
		...original,
		title: translation.title,
		description: translation.description,
		updated: translation.updated,
		corrections: translation.corrections,
		draft: original.draft || translation.draft,
		lang,
		figures,
		image,
	};
}

function translateFigure(figure: Figure, prose: EntryTranslation['figures'][string], file: string): Figure {
	const missing = (field: string) => new Error(`${file}: figures.${figure.id}.${field} is missing`);
	const translated = (field: 'victims' | 'perpetrator'): string | undefined => {
		if (figure[field] === undefined) return undefined;
		if (prose[field] === undefined) throw missing(field);
		return prose[field];
	};
	if (figure.place.region !== undefined && prose.region === undefined) throw missing('region');
	if (figure.breakdown !== undefined && prose.breakdown?.length !== figure.breakdown.length) throw missing('breakdown');
	return {
		...figure,
		victims: translated('victims'),
		perpetrator: translated('perpetrator'),
		place: { ...figure.place, ...(figure.place.region !== undefined ? { region: prose.region } : {}) },
		breakdown: figure.breakdown?.map((part, index) => ({ ...part, label: prose.breakdown?.[index] ?? part.label })),
	};
}
