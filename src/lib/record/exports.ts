// What the /data/ endpoints write: the record of the default language as rows (Astro only).
import { idsOf } from '../../schemas/reference.ts';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.ts';
import { urls } from '../urls.ts';
import { entriesCiting, entriesCovering, eventsCiting, loadRecord, sourceFacts } from './load.ts';
import { type EventRow, type FigureRow, type SourceRow, figureRows, sourceRow } from './open-data.ts';

const lang = DEFAULT_LANGUAGE;

export async function figureExport(site: URL | string): Promise<FigureRow[]> {
	const record = await loadRecord(lang);
	return figureRows(record.reports, new Map(record.sources.map((source) => [source.id, sourceFacts(source)])), site);
}

export async function sourceExport(site: URL | string): Promise<SourceRow[]> {
	const record = await loadRecord(lang);
	return record.sources.map((source) =>
		sourceRow(
			sourceFacts(source),
			urls.absolute(urls.source(lang, source.id), site),
			entriesCiting(record, source.id).map((entry) => entry.id),
			eventsCiting(record, source.id).map((event) => event.id),
		),
	);
}

export async function eventExport(site: URL | string): Promise<EventRow[]> {
	const record = await loadRecord(lang);
	return record.events.map((event) => ({
		id: event.id,
		timeline_url: urls.absolute(`${urls.timeline(lang)}#${urls.eventAnchor(event.id)}`, site),
		date: event.data.date.iso,
		date_precision: event.data.date.precision,
		title: event.data.title,
		description: event.data.description,
		country: event.data.country,
		sources: idsOf(event.data.sources),
		covered_by: entriesCovering(record, event.id).map((entry) => entry.id),
	}));
}
