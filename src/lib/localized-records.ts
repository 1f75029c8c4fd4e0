import { type CollectionEntry, getCollection } from 'astro:content';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language, type TranslationLanguage } from '../i18n/languages.ts';

/** The small records whose prose is translated in their own file, under `translations`. */
type RecordCollection = 'topics' | 'authors' | 'sources' | 'events';
type RecordEntry<C extends RecordCollection> = CollectionEntry<C>;

/**
 * A record with its prose in a language: the fields under `translations.<lang>` replace the default
 * language's. Every other field (ids, dates, kinds) is the same in every language.
 */
export function localize<C extends RecordCollection>(record: RecordEntry<C>, lang: Language): RecordEntry<C> {
	if (lang === DEFAULT_LANGUAGE) return record;
	const translations = record.data.translations as Partial<Record<TranslationLanguage, Record<string, unknown>>> | undefined;
	const prose = translations?.[lang as TranslationLanguage];
	if (!prose) return record;
	const given = Object.fromEntries(Object.entries(prose).filter(([, value]) => value !== undefined));
	return { ...record, data: { ...record.data, ...given } };
}

const COLLECTIONS = ['topics', 'authors', 'sources', 'events'] as const satisfies readonly RecordCollection[];

/** Every record of every collection in every language, as a list and by id: pages look records up by the thousand. */
const RECORDS = Object.fromEntries(
	await Promise.all(
		COLLECTIONS.map(async (collection) => {
			const all = await getCollection(collection);
			const inLanguages = LANGUAGES.map((lang) => {
				const list = all.map((record) => localize(record as RecordEntry<RecordCollection>, lang));
				return [lang, { list, byId: new Map(list.map((record) => [record.id, record])) }];
			});
			return [collection, Object.fromEntries(inLanguages)];
		}),
	),
) as { [C in RecordCollection]: Record<Language, { list: RecordEntry<C>[]; byId: Map<string, RecordEntry<C>> }> };

/** Every record of a collection, in a language. */
export function recordsIn<C extends RecordCollection>(collection: C, lang: Language): readonly RecordEntry<C>[] {
	return RECORDS[collection][lang].list;
}

/** Records by id, in a language, in the order of the ids (the content check has made sure each exists). */
export function recordsById<C extends RecordCollection>(collection: C, ids: readonly string[], lang: Language): RecordEntry<C>[] {
	const { byId } = RECORDS[collection][lang];
	return ids.map((id) => {
		const record = byId.get(id);
		if (!record) throw new Error(`No ${collection} entry "${id}"`);
		return record;
	});
}

export function recordById<C extends RecordCollection>(collection: C, id: string, lang: Language): RecordEntry<C> {
	return recordsById(collection, [id], lang)[0] as RecordEntry<C>;
}
