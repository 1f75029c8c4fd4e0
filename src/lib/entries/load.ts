import { type CollectionEntry, getCollection, render } from 'astro:content';
import { ENTRY_COLLECTIONS, type EntryCollection, splitLanguageId, TRANSLATION_COLLECTIONS } from '../../content-model/collections.ts';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../../i18n/languages.ts';
import type { PartialDate } from '../../schemas/partial-date.ts';
import { translateEntryData } from './translate.ts';
import { urls } from '../urls.ts';
import { storedWordCount } from '../../content-model/word-count.ts';

type Original = CollectionEntry<'articles'> | CollectionEntry<'summaries'>;
type TranslationFile = CollectionEntry<'articleTranslations'> | CollectionEntry<'summaryTranslations'>;
/** The content store keeps no body (src/content-model/loader.ts): `body` is left out, so that no code relies on it. */
type WithoutBody<Stored> = Stored extends unknown ? Omit<Stored, 'body'> : never;

/**
 * An entry readers see as a page, in one language: one of our articles, or our summary of someone
 * else's. A translation keeps its original's collection and id (its address differs only by the
 * language prefix), takes its data from the original with the prose translated, and its body from
 * its own file.
 */
export type Entry = WithoutBody<Original> & {
	/** The file whose body is rendered: the entry itself, or the translation. */
	readonly file: WithoutBody<Original | TranslationFile>;
	/** The day the translation was published; undefined for an original. */
	readonly translated: PartialDate | undefined;
	/** Words in the body of `file`, for the reading time (the store keeps the count, not the body). */
	readonly words: number;
};

export function isSummary(entry: Entry): entry is Entry & CollectionEntry<'summaries'> {
	return entry.collection === 'summaries';
}

/** Newest first; entries published the same day keep a stable order by id. */
export function byNewest(a: Entry, b: Entry): number {
	return b.data.published.iso.localeCompare(a.data.published.iso) || a.id.localeCompare(b.id);
}

/** Drafts are shown by the dev server for preview and never built. */
const showDrafts = import.meta.env.DEV;

function translate(original: Original, translation: TranslationFile): Entry {
	const { folder } = splitLanguageId(translation.id);
	if (!isLanguage(folder)) throw new Error(`${translation.filePath}: "${folder}" is not a language of the site`);
	const file = translation.filePath ?? translation.id;
	// The two kinds share their fields; the cast keeps the original's own kind (summaryOf stays).
	const data = translateEntryData(original.data, translation.data, folder, file) as Original['data'];
	return {
		...original,
		data,
		filePath: translation.filePath,
		file: translation,
		translated: translation.data.translated,
		words: storedWordCount(translation),
	} as Entry;
}

async function loadEntries(): Promise<Entry[]> {
	const entries: Entry[] = [];
	for (const collection of ENTRY_COLLECTIONS) {
		const [originals, translations] = await Promise.all([
			getCollection(collection) as Promise<Original[]>,
			getCollection(TRANSLATION_COLLECTIONS[collection]) as Promise<TranslationFile[]>,
		]);
		const byId = new Map(originals.map((original) => [original.id, original]));
		for (const original of originals)
			entries.push({ ...original, file: original, translated: undefined, words: storedWordCount(original) });
		for (const translation of translations) {
			const original = byId.get(splitLanguageId(translation.id).id);
			if (!original) throw new Error(`${translation.filePath}: there is no original with the same file name to translate`);
			entries.push(translate(original, translation));
		}
	}
	return entries.filter((entry) => showDrafts || !entry.data.draft).sort(byNewest);
}

/** Every published entry in every language, newest first. */
export const allEntries: readonly Entry[] = await loadEntries();

const key = (entry: Pick<Entry, 'collection' | 'id'>) => `${entry.collection}/${entry.id}`;

/** Each entry's versions, by language, under its collection and id. */
const versions = new Map<string, Map<Language, Entry>>();
for (const entry of allEntries) {
	const ofEntry = versions.get(key(entry)) ?? new Map<Language, Entry>();
	ofEntry.set(entry.data.lang, entry);
	versions.set(key(entry), ofEntry);
}

/** Every language version of an entry, the entry's own included. */
export function versionsOf(entry: Pick<Entry, 'collection' | 'id'>): ReadonlyMap<Language, Entry> {
	return versions.get(key(entry)) ?? new Map();
}

/**
 * What a page in each language lists: every published piece, in that language where it is translated
 * and in the original language otherwise (marked as such where it is shown), so that nothing we have
 * published is missing from a language's archive, topics or countries.
 */
const listings = Object.fromEntries(
	LANGUAGES.map((lang) => [
		lang,
		allEntries
			.filter((entry) => entry.data.lang === DEFAULT_LANGUAGE)
			.map((original) => versionsOf(original).get(lang) ?? original)
			.sort(byNewest),
	]),
) as unknown as Record<Language, readonly Entry[]>;

export function entriesIn(lang: Language): readonly Entry[] {
	return listings[lang];
}

/** Only the entries written in a language: what its feeds carry and its search index holds. */
export function writtenIn(entries: readonly Entry[], lang: Language): Entry[] {
	return entries.filter((entry) => entry.data.lang === lang);
}

export function entryUrl(entry: Entry): string {
	return urls.entry(entry.data.lang, entry.collection, entry.id);
}

/** The rendered body: the translation's, for a translated entry. */
export function renderEntry(entry: Entry) {
	return render(entry.file);
}

export type { EntryCollection };
