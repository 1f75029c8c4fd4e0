import { type CollectionEntry, getEntries, getEntry } from 'astro:content';
import type { Entry } from './entries.ts';
import { compareDates } from './record/dates.ts';

export interface NumberedSource {
	number: number;
	source: CollectionEntry<'sources'>;
}

/** The collections an entry refers to, resolved (the content check has made sure that every id exists). */
export async function resolveEntry(entry: Entry) {
	const [authors, sources, topics, events] = await Promise.all([
		getEntries(entry.data.authors.map((id) => ({ collection: 'authors' as const, id }))),
		getEntries(entry.data.sources.map((id) => ({ collection: 'sources' as const, id }))),
		getEntries(entry.data.tags.map((id) => ({ collection: 'topics' as const, id }))),
		getEntries(entry.data.events.map((id) => ({ collection: 'events' as const, id }))),
	]);
	const numbered: NumberedSource[] = sources.map((source, index) => ({ number: index + 1, source }));
	const summaryOf = 'summaryOf' in entry.data ? await getEntry('sources', entry.data.summaryOf) : undefined;
	return { authors, sources: numbered, topics, summaryOf, events: events.sort((a, b) => compareDates(a.data.date, b.data.date)) };
}

/** What <Cite> needs to number its links: set as Astro.locals.citations wherever an entry's body is rendered. */
export function citationContext(entry: Entry): NonNullable<App.Locals['citations']> {
	return { file: entry.filePath ?? entry.id, lang: entry.data.lang, sources: entry.data.sources };
}

/** How a source is named in short: its publisher, else its first author, else its title. */
export function sourceShortName(source: CollectionEntry<'sources'>): string {
	return source.data.publisher ?? source.data.authors?.[0] ?? source.data.title;
}
