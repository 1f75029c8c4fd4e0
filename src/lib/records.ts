import { type CollectionEntry, getCollection } from 'astro:content';
import { DEFAULT_LANGUAGE, type Language, type TranslationLanguage } from '../i18n/languages.ts';

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

interface Loaded<C extends RecordCollection> {
	list: RecordEntry<C>[];
	/** The same records by id: pages look records up by the thousand. */
	byId: Map<string, RecordEntry<C>>;
}

const cache = new Map<string, Promise<Loaded<RecordCollection>>>();

/** A collection's records in a language, as a list and by id; loaded once per collection and language. */
function loaded<C extends RecordCollection>(collection: C, lang: Language): Promise<Loaded<C>> {
	const cacheKey = `${collection}/${lang}`;
	let records = cache.get(cacheKey);
	if (!records) {
		records = getCollection(collection).then((all) => {
			const list = all.map((record) => localize(record as RecordEntry<RecordCollection>, lang));
			return { list, byId: new Map(list.map((record) => [record.id, record])) };
		});
		cache.set(cacheKey, records);
	}
	return records as Promise<Loaded<C>>;
}

/** Every record of a collection, in a language. */
export async function recordsIn<C extends RecordCollection>(collection: C, lang: Language): Promise<RecordEntry<C>[]> {
	return (await loaded(collection, lang)).list;
}

/** Records by id, in a language, in the order of the ids (the content check has made sure each exists). */
export async function recordsById<C extends RecordCollection>(
	collection: C,
	ids: readonly string[],
	lang: Language,
): Promise<RecordEntry<C>[]> {
	const { byId } = await loaded(collection, lang);
	return ids.map((id) => {
		const record = byId.get(id);
		if (!record) throw new Error(`No ${collection} entry "${id}"`);
		return record;
	});
}

export async function recordById<C extends RecordCollection>(collection: C, id: string, lang: Language): Promise<RecordEntry<C>> {
	const [record] = await recordsById(collection, [id], lang);
	return record as RecordEntry<C>;
}
