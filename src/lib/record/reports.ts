import type { EntryCollection } from '../../content-model/collections.ts';
import { FIGURE_CATEGORIES, type Figure, type FigureCategory, UNITS } from '../../schemas/figure.ts';
import { compareDates } from './dates.ts';

/** What the record needs to know of an article or summary that cites a figure. */
export interface CitingEntry {
	collection: EntryCollection;
	id: string;
	title: string;
	/** The entry page's address on this site. */
	path: string;
	/** Publication day, YYYY-MM-DD: the earliest citing entry names the report. */
	published: string;
	/** The language the entry is written in, and so its figures' prose. */
	lang: string;
}

export interface CitedFigure {
	figure: Figure;
	entry: CitingEntry;
	/**
	 * What makes two citations one report, when the figure is a translation: the key of the figure as
	 * its original gives it, so that two translations that word its people differently stay one report.
	 */
	key?: string;
}

/** One entry's citation of a report: its own figure id, and the publication it read the report in, if any. */
export interface Citation {
	entry: CitingEntry;
	figureId: string;
	via: string | undefined;
}

/**
 * One report by one source: a number, in the source's words, on one date. Several entries may cite
 * it, each under its own figure id; they are one report only when everything the source said is the
 * same, so that two different reports are never merged.
 */
export interface Report {
	/** The figure id in the earliest-published entry that cites it: stable as newer entries cite it too. */
	id: string;
	figure: Figure;
	/** The language of the figure's prose (who, by whom, where): that of the entry it is taken from. */
	lang: string;
	citations: Citation[];
}

/** Everything a report consists of: all of a figure but its id and where we read it (via). */
export function reportKey(report: Figure): string {
	return JSON.stringify([
		report.source,
		report.category,
		report.unit,
		report.qualifier,
		report.value ?? null,
		report.min ?? null,
		report.max ?? null,
		report.wording,
		report.reported.iso,
		report.period.from.iso,
		report.period.to.iso,
		report.victims ?? null,
		report.perpetrator ?? null,
		report.place.country,
		report.place.region ?? null,
		report.breakdown ?? null,
	]);
}

function byEntry(a: Citation, b: Citation): number {
	return (
		a.entry.published.localeCompare(b.entry.published) ||
		a.entry.collection.localeCompare(b.entry.collection) ||
		a.entry.id.localeCompare(b.entry.id)
	);
}

/** The number a report is drawn and ordered at: its value, or the low end of a range. */
export function nominalValue(figure: Figure): number {
	return figure.value ?? figure.min ?? 0;
}

/** By the date reported (a month or a year placed in its middle, as on the charts), then by number, source and id. */
export function compareReports(a: Report, b: Report): number {
	return (
		compareDates(a.figure.reported, b.figure.reported) ||
		nominalValue(a.figure) - nominalValue(b.figure) ||
		a.figure.source.id.localeCompare(b.figure.source.id) ||
		a.id.localeCompare(b.id)
	);
}

/** Groups every cited figure into reports, ordered by the date reported. */
export function groupReports(cited: readonly CitedFigure[]): Report[] {
	const byKey = new Map<string, { figure: Figure; citations: Citation[] }>();
	for (const { figure, entry, key: givenKey } of cited) {
		const key = givenKey ?? reportKey(figure);
		const group = byKey.get(key) ?? { figure, citations: [] };
		group.citations.push({ entry, figureId: figure.id, via: figure.via?.id });
		byKey.set(key, group);
	}
	// The first cited figure under each id, looked up once per report (not a scan of every figure).
	const firstWithId = new Map<string, Figure>();
	for (const { figure } of cited) if (!firstWithId.has(figure.id)) firstWithId.set(figure.id, figure);
	return [...byKey.values()]
		.map(({ citations }) => {
			const sorted = citations.toSorted(byEntry);
			const first = sorted[0] as Citation;
			const figure = firstWithId.get(first.figureId) as Figure;
			return { id: first.figureId, figure, lang: first.entry.lang, citations: sorted };
		})
		.sort(compareReports);
}

/** The publications entries read a report in, each once, in citation order. */
export function viasOf(report: Report): string[] {
	return [...new Set(report.citations.flatMap((citation) => (citation.via === undefined ? [] : [citation.via])))];
}

export interface ReportGroup {
	category: FigureCategory;
	unit: Figure['unit'];
	reports: Report[];
}

/** Reports by category, in the schema's order of categories, and by unit within one; empty groups left out. */
export function reportsByCategory(reports: readonly Report[]): ReportGroup[] {
	return FIGURE_CATEGORIES.flatMap((category) =>
		UNITS.flatMap((unit) => {
			const matching = reports.filter((report) => report.figure.category === category && report.figure.unit === unit);
			return matching.length === 0 ? [] : [{ category, unit, reports: matching }];
		}),
	);
}

function quantityKey(figure: Figure): string {
	return JSON.stringify([figure.qualifier, figure.value ?? null, figure.min ?? null, figure.max ?? null]);
}

/**
 * Reports that cover exactly the same period but give different numbers: shown side by side, so that
 * a reader sees the disagreement rather than an average of it. Each set is in report order.
 */
export function samePeriodDisagreements(reports: readonly Report[]): Report[][] {
	const byPeriod = Map.groupBy(reports, (report) => `${report.figure.period.from.iso}/${report.figure.period.to.iso}`);
	return [...byPeriod.values()].filter((set) => new Set(set.map((report) => quantityKey(report.figure))).size >= 2);
}

/** Each source's reports, in report order: those it counted itself, and those an entry read in it though someone else counted them. */
export function reportsBySource(reports: readonly Report[]): Map<string, { counted: Report[]; relayed: Report[] }> {
	const bySource = new Map<string, { counted: Report[]; relayed: Report[] }>();
	const of = (id: string) => {
		const found = bySource.get(id) ?? { counted: [], relayed: [] };
		bySource.set(id, found);
		return found;
	};
	for (const report of reports) {
		of(report.figure.source.id).counted.push(report);
		for (const via of viasOf(report)) of(via).relayed.push(report);
	}
	return bySource;
}
