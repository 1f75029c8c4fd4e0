// What the /data/ endpoints write: the record of the default language as rows (Astro only).
import { idsOf } from '../../schemas/reference.ts';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.ts';
import { urls } from '../urls.ts';
import { records, sourceFacts } from './load.ts';
import { type EventRow, type FigureRow, type SourceRow, figureRows, sourceRow } from './open-data.ts';

const lang = DEFAULT_LANGUAGE;
const record = records[lang];

export function figureExport(site: URL | string): FigureRow[] {
	return figureRows(record.reports, new Map(record.sources.map((source) => [source.id, sourceFacts(source)])), site);
}

export function sourceExport(site: URL | string): SourceRow[] {
	return record.sources.map((source) =>
		sourceRow(
			sourceFacts(source),
			urls.absolute(urls.source(lang, source.id), site),
			record.usesOf(source.id).entries.map((entry) => entry.id),
			record.usesOf(source.id).events.map((event) => event.id),
		),
	);
}

export function eventExport(site: URL | string): EventRow[] {
	return record.events.map((event) => ({
		id: event.id,
		timeline_url: urls.absolute(`${urls.timeline(lang)}#${urls.eventAnchor(event.id)}`, site),
		date: event.data.date.iso,
		date_precision: event.data.date.precision,
		title: event.data.title,
		description: event.data.description,
		country: event.data.country,
		sources: idsOf(event.data.sources),
		covered_by: record.covering(event.id).map((entry) => entry.id),
	}));
}
