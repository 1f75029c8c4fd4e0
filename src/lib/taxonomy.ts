import type { Language } from '../i18n/languages.ts';
import { countryName } from './format.ts';
import { type Entry, entriesIn } from './entries.ts';
import { recordsIn } from './records.ts';

/** Topics that have at least one published entry, with what a page in the language lists of them (see entriesIn). */
export async function topicsWithEntries(lang: Language) {
	const [topics, entries] = await Promise.all([recordsIn('topics', lang), entriesIn(lang)]);
	return topics
		.map((topic) => ({ topic, entries: entries.filter((entry) => entry.data.tags.some((tag) => tag.id === topic.id)) }))
		.filter(({ entries }) => entries.length > 0)
		.sort((a, b) => a.topic.data.name.localeCompare(b.topic.data.name, lang));
}

/** Countries that have at least one published entry in the language, by name. */
export async function countriesWithEntries(lang: Language) {
	const entries = await entriesIn(lang);
	const byCode = new Map<string, Entry[]>();
	for (const entry of entries)
		for (const code of entry.data.countries) {
			const list = byCode.get(code);
			if (list) list.push(entry);
			else byCode.set(code, [entry]);
		}
	return [...byCode]
		.map(([code, entries]) => ({ code, name: countryName(code, lang), entries }))
		.sort((a, b) => a.name.localeCompare(b.name, lang));
}

/** Authors with their published entries in the language (an author with none still has a page). */
export async function authorsWithEntries(lang: Language) {
	const [authors, entries] = await Promise.all([recordsIn('authors', lang), entriesIn(lang)]);
	return authors.map((author) => ({ author, entries: entries.filter((entry) => entry.data.authors.some((link) => link.id === author.id)) }));
}
