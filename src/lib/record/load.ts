// The record as the pages and the data exports see it, read through Astro's content collections.
// Everything here depends on astro:content; the logic it calls lives in the tested modules beside it.
import { idsOf } from '../../schemas/reference.ts';
import type { CollectionEntry } from 'astro:content';
import { indexer } from '../indexer.ts';
import { recordsIn } from '../records.ts';
import type { Language } from '../../i18n/languages.ts';
import { type Entry, entriesIn, entryUrl, versionsOf } from '../entries.ts';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.ts';
import { sourceShortName } from '../entry-context.ts';
import { compareDates } from './dates.ts';
import type { SourceFacts } from './open-data.ts';
import { type CitedFigure, type CitingEntry, type Report, groupReports, reportKey } from './reports.ts';

export type Source = CollectionEntry<'sources'>;
export type TimelineEvent = CollectionEntry<'events'>;

export interface SiteRecord {
	/** Published entries in the language, newest first. */
	entries: Entry[];
	/** Every source, by short name and title. */
	sources: Source[];
	/** Every event, in date order. */
	events: TimelineEvent[];
	/** Every figure the entries cite, grouped into reports, in order of the date reported. */
	reports: Report[];
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
async function citedFigures(entry: Entry): Promise<CitedFigure[]> {
	const citing = citingEntry(entry);
	const original = entry.translated ? (await versionsOf(entry)).get(DEFAULT_LANGUAGE) : undefined;
	return entry.data.figures.map((figure) => {
		const originalFigure = original?.data.figures.find((candidate) => candidate.id === figure.id);
		return { figure, entry: citing, ...(originalFigure ? { key: reportKey(originalFigure) } : {}) };
	});
}

const cache = new Map<Language, Promise<SiteRecord>>();

async function load(lang: Language): Promise<SiteRecord> {
	const [entries, sources, events] = await Promise.all([entriesIn(lang), recordsIn('sources', lang), recordsIn('events', lang)]);
	const cited = (await Promise.all(entries.map(citedFigures))).flat();
	return {
		entries,
		// Sorted copies: the lists from recordsIn are shared with every other page.
		sources: sources.toSorted(bySourceName(lang)),
		events: events.toSorted((a, b) => compareDates(a.data.date, b.data.date) || a.id.localeCompare(b.id)),
		reports: groupReports(cited),
	};
}

/** The record in a language, read once per build. */
export function loadRecord(lang: Language): Promise<SiteRecord> {
	const loaded = cache.get(lang) ?? load(lang);
	cache.set(lang, loaded);
	return loaded;
}

const entriesBySource = indexer<Entry>((entry) => idsOf(entry.data.sources));

/** Published entries that list the source among their sources, newest first. */
export function entriesCiting(record: SiteRecord, sourceId: string): Entry[] {
	return [...(entriesBySource(record.entries).get(sourceId) ?? [])];
}

export function eventsCiting(record: SiteRecord, sourceId: string): TimelineEvent[] {
	return record.events.filter((event) => event.data.sources.some((source) => source.id === sourceId));
}

/** Published entries that say they cover the event, oldest first, as a reader would follow the story. */
export function entriesCovering(record: SiteRecord, eventId: string): Entry[] {
	return record.entries.filter((entry) => entry.data.events.some((event) => event.id === eventId)).toReversed();
}

export function sourceById(record: SiteRecord, id: string): Source {
	const source = record.sources.find((item) => item.id === id);
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
