import { type CollectionEntry, getCollection } from 'astro:content';
import { ENTRY_COLLECTIONS } from '../content-model/collections.ts';
import type { Language } from '../i18n/languages.ts';
import { urls } from './urls.ts';

/** An entry readers see as a page: one of our articles, or our summary of someone else's. */
export type Entry = CollectionEntry<'articles'> | CollectionEntry<'summaries'>;

export function isSummary(entry: Entry): entry is CollectionEntry<'summaries'> {
	return entry.collection === 'summaries';
}

/** Newest first; entries published the same day keep a stable order by id. */
export function byNewest(a: Entry, b: Entry): number {
	return b.data.published.iso.localeCompare(a.data.published.iso) || a.id.localeCompare(b.id);
}

/** Drafts are shown by the dev server for preview and never built. */
const showDrafts = import.meta.env.DEV;

let cache: Promise<Entry[]> | undefined;

/** Every published entry of every kind, newest first. */
export function allEntries(): Promise<Entry[]> {
	cache ??= Promise.all(ENTRY_COLLECTIONS.map((name) => getCollection(name))).then((lists) =>
		(lists.flat() as Entry[]).filter((entry) => showDrafts || !entry.data.draft).sort(byNewest),
	);
	return cache;
}

export async function entriesIn(lang: Language): Promise<Entry[]> {
	return (await allEntries()).filter((entry) => entry.data.lang === lang);
}

export function entryUrl(entry: Entry): string {
	return urls.entry(entry.data.lang, entry.collection, entry.id);
}
