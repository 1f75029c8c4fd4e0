import { idsOf } from '../../schemas/reference.ts';
import type { CollectionEntry } from 'astro:content';
import type { Entry } from './load.ts';
import { compareDates } from '../record/dates.ts';
import { recordById, recordsById } from '../localized-records.ts';

export interface NumberedSource {
	number: number;
	source: CollectionEntry<'sources'>;
}

/** The collections an entry refers to, resolved (the content check has made sure that every id exists). */
export function resolveEntry(entry: Entry) {
	const { lang } = entry.data;
	const authors = recordsById('authors', idsOf(entry.data.authors), lang);
	const sources = recordsById('sources', idsOf(entry.data.sources), lang);
	const topics = recordsById('topics', idsOf(entry.data.tags), lang);
	const events = recordsById('events', idsOf(entry.data.events), lang);
	const numbered: NumberedSource[] = sources.map((source, index) => ({ number: index + 1, source }));
	const summaryOf = 'summaryOf' in entry.data ? recordById('sources', entry.data.summaryOf.id, lang) : undefined;
	return { authors, sources: numbered, topics, summaryOf, events: events.sort((a, b) => compareDates(a.data.date, b.data.date)) };
}

/** What <Cite> needs to number its links: set as Astro.locals.citations wherever an entry's body is rendered. */
export function citationContext(entry: Entry): NonNullable<App.Locals['citations']> {
	return { file: entry.file.filePath ?? entry.id, sources: idsOf(entry.data.sources) };
}

/** How a source is named in short: its publisher, else its first author, else its title. */
export function sourceShortName(source: CollectionEntry<'sources'>): string {
	return source.data.publisher ?? source.data.authors?.[0] ?? source.data.title;
}
