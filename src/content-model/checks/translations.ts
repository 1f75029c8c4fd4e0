import { type CollectionName, COLLECTIONS, ENTRY_COLLECTIONS, splitLanguageId, TRANSLATION_COLLECTIONS } from '../collections.ts';
import { type ContentFile, dateIn, objects, rawData, strings } from '../content-file.ts';
import type { Problem } from '../problems.ts';
import { DEFAULT_LANGUAGE, TRANSLATION_LANGUAGES } from '../../i18n/languages.ts';

/** The figure fields that are prose, and so translated; everything else about a figure is shared. */
const PROSE_FIELDS = ['victims', 'perpetrator', 'region', 'breakdown'] as const;

/** What each kind of translated file translates. */
const ORIGINAL_COLLECTION: Partial<Record<CollectionName, CollectionName>> = {
	...Object.fromEntries(Object.entries(TRANSLATION_COLLECTIONS).map(([original, translations]) => [translations, original])),
	pages: 'pages',
};

/** The prose fields of one of the original's figures, as written. */
function figureProse(figure: Record<string, unknown>): Partial<Record<(typeof PROSE_FIELDS)[number], unknown>> {
	const place = typeof figure.place === 'object' && figure.place !== null ? (figure.place as Record<string, unknown>) : {};
	const prose = { victims: figure.victims, perpetrator: figure.perpetrator, region: place.region, breakdown: figure.breakdown };
	return Object.fromEntries(Object.entries(prose).filter(([, value]) => value !== undefined));
}

/**
 * A translation sits in a language folder of the site, beside an original of the same name, and
 * translates all of the original's prose and nothing else: every figure's words, with the same
 * breakdown, and only the sources the original cites.
 */
export function checkTranslations(files: readonly ContentFile[]): Problem[] {
	const problems: Problem[] = [];
	const byKey = new Map(files.map((file) => [`${file.collection}/${file.id}`, file]));
	for (const file of files) {
		const originalCollection = ORIGINAL_COLLECTION[file.collection];
		if (originalCollection === undefined || file.data === undefined) continue;
		const { folder, id } = splitLanguageId(file.id);
		if (folder === undefined) continue;
		const problem = (field: string, message: string) => problems.push({ file: file.file, field, message });
		if (!(TRANSLATION_LANGUAGES as readonly string[]).includes(folder)) {
			problem(
				'',
				`"${folder}" is not a language of the site: translations go in a folder named after their language (${TRANSLATION_LANGUAGES.join(', ')}); ${DEFAULT_LANGUAGE} originals go at the top`,
			);
			continue;
		}
		const original = byKey.get(`${originalCollection}/${id}`);
		const { folder: originalFolder, extension } = COLLECTIONS[originalCollection];
		if (original === undefined) {
			problem('', `translates nothing: there is no ${originalFolder}/${id}.${extension} with the same file name`);
			continue;
		}
		if (original.data === undefined || !(ENTRY_COLLECTIONS as readonly string[]).includes(originalCollection)) continue;
		const data = rawData(file);
		const originalData = rawData(original);

		const translatedFigures = typeof data.figures === 'object' && data.figures !== null ? (data.figures as Record<string, unknown>) : {};
		const originalFigures = new Map(objects(originalData.figures).map(({ item }) => [String(item.id), item]));
		for (const [figureId, figure] of originalFigures) {
			const prose = figureProse(figure);
			const translated = translatedFigures[figureId];
			const given = typeof translated === 'object' && translated !== null ? (translated as Record<string, unknown>) : {};
			for (const field of Object.keys(prose) as (keyof typeof prose)[]) {
				if (given[field] === undefined)
					problem(`figures.${figureId}.${field}`, `missing: the original gives this figure's ${field}; translate it`);
			}
			for (const field of Object.keys(given)) {
				if ((PROSE_FIELDS as readonly string[]).includes(field) && !(field in prose))
					problem(`figures.${figureId}.${field}`, `the original's figure has no ${field}, so there is nothing to translate`);
			}
			if (Array.isArray(prose.breakdown) && Array.isArray(given.breakdown) && prose.breakdown.length !== given.breakdown.length)
				problem(
					`figures.${figureId}.breakdown`,
					`the original's breakdown has ${prose.breakdown.length} parts; give one label for each, in the same order`,
				);
		}
		for (const figureId of Object.keys(translatedFigures)) {
			if (!originalFigures.has(figureId))
				problem(`figures.${figureId}`, `the original has no figure "${figureId}"; figures are defined once, in the original`);
		}

		const originalHasImage = originalData.image !== undefined;
		if (originalHasImage && data.image === undefined)
			problem('image', 'missing: the original has an image; give its alt text in this language');
		if (!originalHasImage && data.image !== undefined) problem('image', 'the original has no image');

		const [translated, published] = [dateIn(data.translated), dateIn(originalData.published)];
		if (translated && published && translated.iso < published.iso) problem('translated', `the original was only published on ${published.iso}`);

		const sources = new Set(strings(originalData.sources));
		for (const { id: sourceId, line } of file.body?.citations ?? []) {
			if (!sources.has(sourceId)) problem(`line ${line}`, `<Cite id="${sourceId}" /> names a source that is not in the original's sources`);
		}
	}
	return problems;
}
