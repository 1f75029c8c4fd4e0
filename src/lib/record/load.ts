// The record as the pages and the data exports see it, read through Astro's content collections.
// Everything here depends on astro:content; the logic it calls lives in the tested modules beside it.
import type { CollectionEntry } from 'astro:content';
import { recordsIn } from '../localized-records.ts';
import { LANGUAGES, type Language } from '../../i18n/languages.ts';
import { type Entry, entriesIn, entryUrl, versionsOf } from '../entries/index.ts';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.ts';
import { sourceShortName } from '../entries/index.ts';
import { compareDates } from './dates.ts';
import type { SourceFacts } from './open-data.ts';
import { type CitedFigure, type CitingEntry, type Report, groupReports, reportKey, reportsBySource } from './reports.ts';

export type Source = CollectionEntry<'sources'>;
export type TimelineEvent = CollectionEntry<'events'>;

export interface SiteRecord {
	/** Published entries in the language, newest first. */
	entries: readonly Entry[];
	/** Every source, by short name and title. */
	sources: readonly Source[];
	sourceById: ReadonlyMap<string, Source>;
	/** Every event, in date order. */
	events: readonly TimelineEvent[];
	/** Every figure the entries cite, grouped into reports, in order of the date reported. */
	reports: readonly Report[];
	/** What names or reads a source. */
	usesOf(sourceId: string): SourceUses;
	/** Published entries that say they cover the event, oldest first, as a reader would follow the story. */
	covering(eventId: string): readonly Entry[];
}

export function citingEntry(entry: Entry): CitingEntry {
	return {
		collection: entry.collection,
		id: entry.id,
		title: entry.data.title,
		path: entryUrl(entry),
		published: entry.data.published.iso,
		lang: entry.data.lang,
	};
}

function bySourceName(lang: Language) {
	return (a: Source, b: Source) =>
		sourceShortName(a).localeCompare(sourceShortName(b), lang) ||
		a.data.title.localeCompare(b.data.title, lang) ||
		a.id.localeCompare(b.id);
}

/**
 * An entry's figures, each keyed as its original gives it: translations word a figure's people in
 * their own way, and a report must stay one report in every language.
 */
function citedFigures(entry: Entry): CitedFigure[] {
	const citing = citingEntry(entry);
	const original = entry.translated ? versionsOf(entry).get(DEFAULT_LANGUAGE) : undefined;
	return entry.data.figures.map((figure) => {
		const originalFigure = original?.data.figures.find((candidate) => candidate.id === figure.id);
		return { figure, entry: citing, ...(originalFigure ? { key: reportKey(originalFigure) } : {}) };
	});
}

/** What names or reads a source, as a source's page lists it. */
export interface SourceUses {
	/** Published entries that list it among their sources, newest first. */
	entries: readonly Entry[];
	/** Events it dates. */
	events: readonly TimelineEvent[];
	/** Reports it counted itself. */
	counted: readonly Report[];
	/** Reports an entry read in it, though someone else counted them. */
	relayed: readonly Report[];
}

const NO_USES: SourceUses = { entries: [], events: [], counted: [], relayed: [] };

function loadRecord(lang: Language): SiteRecord {
	const entries = entriesIn(lang);
	const sources = recordsIn('sources', lang).toSorted(bySourceName(lang));
	const events = recordsIn('events', lang).toSorted((a, b) => compareDates(a.data.date, b.data.date) || a.id.localeCompare(b.id));
	const reports = groupReports(entries.flatMap(citedFigures));
	const uses = new Map<string, SourceUses>();
	const usesOf = (id: string) => {
		const found = uses.get(id) ?? { entries: [], events: [], counted: [], relayed: [] };
		uses.set(id, found);
		return found as { [K in keyof SourceUses]: SourceUses[K][number][] };
	};
	for (const entry of entries) for (const { id } of entry.data.sources) usesOf(id).entries.push(entry);
	for (const event of events) for (const { id } of event.data.sources) usesOf(id).events.push(event);
	for (const [id, { counted, relayed }] of reportsBySource(reports)) Object.assign(usesOf(id), { counted, relayed });
	const covering = new Map<string, Entry[]>();
	for (const entry of entries.toReversed())
		for (const { id } of entry.data.events) {
			const list = covering.get(id);
			if (list) list.push(entry);
			else covering.set(id, [entry]);
		}
	return {
		entries,
		sources,
		sourceById: new Map(sources.map((source) => [source.id, source])),
		events,
		reports,
		usesOf: (id) => uses.get(id) ?? NO_USES,
		covering: (id) => covering.get(id) ?? [],
	};
}

/** The record in each language, worked out once. */
export const records = Object.fromEntries(LANGUAGES.map((lang) => [lang, loadRecord(lang)])) as Record<Language, SiteRecord>;

export function sourceById(record: SiteRecord, id: string): Source {
	const source = record.sourceById.get(id);
	if (!source) throw new Error(`No source "${id}" in the content.`);
	return source;
}

export function sourceFacts(source: Source): SourceFacts {
	const { data } = source;
	return {
		id: source.id,
		title: data.title,
		descriptiveTitle: data.descriptiveTitle,
		publisher: data.publisher,
		authors: data.authors ?? [],
		kind: data.kind,
		published: data.published,
		partyToEvents: data.partyToEvents,
		background: data.background,
		url: data.url,
		notes: data.notes,
	};
}
