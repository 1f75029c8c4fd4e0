import { stringify } from 'csv-stringify/sync';
import type { PartialDate } from '../../schemas/partial-date.ts';
import type { SourceKind } from '../../schemas/source.ts';
import { figureBounds } from './bounds.ts';
import { type Report, reportsByCategory } from './reports.ts';

/**
 * The open-data exports under /data/: built from the same reports as the pages, with no clock or
 * random input, so that the same content always gives the same bytes. Column meanings are
 * documented in README.md ("Open data"); a change to a column's name or meaning raises the version.
 */
export const DATA_SCHEMA_VERSION = 1;

export const DATA_LICENCE = {
	id: 'CC-BY-4.0',
	name: 'Creative Commons Attribution 4.0 International',
	url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const DATA_NOTICE =
	'Our data are licensed CC BY 4.0. Quoted wording (the wording column of figures, and titles of documents) stays the words of the source quoted; the licence covers only our selection, arrangement and descriptions.';

/** What an export says about a source. */
export interface SourceFacts {
	id: string;
	title: string;
	descriptiveTitle: boolean;
	publisher: string | null;
	authors: readonly string[];
	kind: SourceKind;
	published: PartialDate | null;
	partyToEvents: boolean;
	background: boolean;
	url: string | undefined;
	notes: string | undefined;
}

export const FIGURE_COLUMNS = [
	'figure_id',
	'report_id',
	'article_id',
	'article_kind',
	'article_url',
	'category',
	'qualifier',
	'value',
	'min',
	'max',
	'lower_bound',
	'upper_bound',
	'unit',
	'wording',
	'victims',
	'perpetrator',
	'period_from',
	'period_to',
	'reported',
	'country',
	'region',
	'source_id',
	'source_title',
	'source_title_descriptive',
	'source_publisher',
	'source_kind',
	'source_party_to_events',
	'source_published',
	'via_id',
] as const;

export type FigureColumn = (typeof FIGURE_COLUMNS)[number];
export type Cell = string | number | boolean | null;
export type FigureRow = Record<FigureColumn, Cell>;

/** Columns the CSV adds to every row, since a CSV file has nowhere else to say them. */
export const CSV_META_COLUMNS = ['schema_version', 'licence'] as const;

/**
 * One row per figure as each entry cites it, in the order of the figures page: by category, then by
 * date reported. Figures of one report share its report_id.
 */
export function figureRows(reports: readonly Report[], sources: ReadonlyMap<string, SourceFacts>, site: URL | string): FigureRow[] {
	return reportsByCategory(reports).flatMap(({ reports: group }) =>
		group.flatMap((report) =>
			report.citations.map((citation): FigureRow => {
				const { figure } = report;
				const source = sources.get(figure.source.id);
				if (!source) throw new Error(`Figure "${citation.figureId}" names source "${figure.source.id}", which is not in the content.`);
				const { lower, upper } = figureBounds(figure);
				return {
					figure_id: citation.figureId,
					report_id: report.id,
					article_id: citation.entry.id,
					article_kind: citation.entry.collection === 'summaries' ? 'summary' : 'article',
					article_url: new URL(citation.entry.path, site).href,
					category: figure.category,
					qualifier: figure.qualifier,
					value: figure.value ?? null,
					min: figure.min ?? null,
					max: figure.max ?? null,
					lower_bound: lower,
					upper_bound: upper,
					unit: figure.unit,
					wording: figure.wording,
					victims: figure.victims ?? null,
					perpetrator: figure.perpetrator ?? null,
					period_from: figure.period.from.iso,
					period_to: figure.period.to.iso,
					reported: figure.reported.iso,
					country: figure.place.country,
					region: figure.place.region ?? null,
					source_id: source.id,
					source_title: source.title,
					source_title_descriptive: source.descriptiveTitle,
					source_publisher: source.publisher,
					source_kind: source.kind,
					source_party_to_events: source.partyToEvents,
					source_published: source.published?.iso ?? null,
					via_id: citation.via ?? null,
				};
			}),
		),
	);
}

/** Header and metadata every JSON export starts with. */
function jsonHead() {
	return { schemaVersion: DATA_SCHEMA_VERSION, licence: DATA_LICENCE, notice: DATA_NOTICE };
}

export function jsonText(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}

export function figuresJson(rows: readonly FigureRow[]): string {
	return jsonText({ ...jsonHead(), columns: FIGURE_COLUMNS, figures: rows });
}

/**
 * The CSV: a header row, then one row per figure with the schema version and licence at the end; empty
 * cells for nothing. A text cell that a spreadsheet would read as a formula (one starting with =, +, -,
 * @, a tab or a carriage return, or their full-width forms) is written with a ' before it; numbers are
 * written as they are. The JSON export keeps every text exactly.
 */
export function figuresCsv(rows: readonly FigureRow[]): string {
	return stringify(
		rows.map((row) => ({ ...row, schema_version: DATA_SCHEMA_VERSION, licence: DATA_LICENCE.id })),
		{
			header: true,
			columns: [...FIGURE_COLUMNS, ...CSV_META_COLUMNS],
			cast: { boolean: (value) => (value ? 'true' : 'false') },
			record_delimiter: 'unix',
			escape_formulas: true,
		},
	);
}

export interface SourceRow {
	id: string;
	page_url: string;
	title: string;
	title_descriptive: boolean;
	publisher: string | null;
	authors: string[];
	kind: SourceKind;
	published: string | null;
	party_to_events: boolean;
	background: boolean;
	url: string | null;
	notes: string | null;
	cited_by: string[];
	events: string[];
}

export function sourceRow(source: SourceFacts, pageUrl: string, citedBy: string[], events: string[]): SourceRow {
	return {
		id: source.id,
		page_url: pageUrl,
		title: source.title,
		title_descriptive: source.descriptiveTitle,
		publisher: source.publisher,
		authors: [...source.authors],
		kind: source.kind,
		published: source.published?.iso ?? null,
		party_to_events: source.partyToEvents,
		background: source.background,
		url: source.url ?? null,
		notes: source.notes ?? null,
		cited_by: citedBy,
		events,
	};
}

export function sourcesJson(rows: readonly SourceRow[]): string {
	return jsonText({ ...jsonHead(), sources: rows });
}

export interface EventRow {
	id: string;
	timeline_url: string;
	date: string;
	date_precision: PartialDate['precision'];
	title: string;
	description: string;
	country: string;
	sources: string[];
	covered_by: string[];
}

export function eventsJson(rows: readonly EventRow[]): string {
	return jsonText({ ...jsonHead(), events: rows });
}
