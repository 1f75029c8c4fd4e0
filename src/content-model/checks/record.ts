import { ENTRY_COLLECTIONS } from '../collections.ts';
import { type ContentFile, dateIn, objects, rawData, strings } from '../content-file.ts';
import type { Problem } from '../problems.ts';
import { type PartialDate, earliestDay, latestDay } from '../../schemas/partial-date.ts';

/**
 * Checks that hold the record together across files: no figure is reported before its source
 * existed, and no source sits in the bibliography that nothing cites. Like the reference checks,
 * they read the files as written, so that they still run in a file with other mistakes.
 */
export function checkRecord(files: readonly ContentFile[]): Problem[] {
	return [...checkReportedAfterPublished(files), ...checkEverySourceCited(files)];
}

function isEntry(file: ContentFile): boolean {
	return (ENTRY_COLLECTIONS as readonly string[]).includes(file.collection);
}

/**
 * A figure cannot be reported before its source was published. Partial dates are compared by the
 * widest reading of each: only when the last day the report could mean is before the first day the
 * publication could mean is it certainly wrong. A source with no known date is not compared.
 */
function checkReportedAfterPublished(files: readonly ContentFile[]): Problem[] {
	const published = new Map<string, PartialDate>();
	for (const file of files) {
		if (file.collection !== 'sources') continue;
		const date = dateIn(rawData(file).published);
		if (date) published.set(file.id, date);
	}
	return files.filter(isEntry).flatMap((file) =>
		objects(rawData(file).figures).flatMap(({ index, item }): Problem[] => {
			const reported = dateIn(item.reported);
			const source = typeof item.source === 'string' ? item.source : undefined;
			const sourceDate = source === undefined ? undefined : published.get(source);
			if (!reported || !sourceDate || latestDay(reported) >= earliestDay(sourceDate)) return [];
			return [
				{
					file: file.file,
					field: `figures[${index}].reported`,
					message: `reported ${reported.iso}, before its source "${source}" was published (${sourceDate.iso}); a source cannot report a figure before it exists`,
				},
			];
		}),
	);
}

/** Every source id an entry or event refers to: its sources, the summarised original, figures' sources and vias, and <Cite> markers. */
function citedIds(files: readonly ContentFile[]): Set<string> {
	const cited = new Set<string>();
	for (const file of files) {
		const data = rawData(file);
		if (file.collection === 'events') for (const id of strings(data.sources)) cited.add(id);
		if (!isEntry(file)) continue;
		for (const id of strings(data.sources)) cited.add(id);
		if (typeof data.summaryOf === 'string') cited.add(data.summaryOf);
		for (const { item } of objects(data.figures))
			for (const key of ['source', 'via'] as const) if (typeof item[key] === 'string') cited.add(item[key]);
		for (const { id } of file.body?.citations ?? []) cited.add(id);
	}
	return cited;
}

/** A source nothing cites is usually a leftover or a typo in an id; one listed on purpose says `background: true`. */
function checkEverySourceCited(files: readonly ContentFile[]): Problem[] {
	const cited = citedIds(files);
	return files
		.filter((file) => file.collection === 'sources' && !cited.has(file.id) && rawData(file).background !== true)
		.map((file) => ({
			file: file.file,
			field: '',
			message: `no article, summary or event cites "${file.id}"; cite it where it is used, or set background: true if it is listed on purpose as background reading`,
		}));
}
