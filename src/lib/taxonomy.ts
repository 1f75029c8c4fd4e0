import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { countryName } from './format.ts';
import { type Entry, entriesIn } from './entries/index.ts';
import { recordsIn } from './localized-records.ts';

/** The topics, countries and authors of a language's pages, each with the entries its page lists (see entriesIn). */
function termsIn(lang: Language) {
	const entries = entriesIn(lang);
	const topics = recordsIn('topics', lang)
		.map((topic) => ({ topic, entries: entries.filter((entry) => entry.data.tags.some((tag) => tag.id === topic.id)) }))
		.filter(({ entries }) => entries.length > 0)
		.sort((a, b) => a.topic.data.name.localeCompare(b.topic.data.name, lang));
	const byCode = new Map<string, Entry[]>();
	for (const entry of entries)
		for (const code of entry.data.countries) {
			const list = byCode.get(code);
			if (list) list.push(entry);
			else byCode.set(code, [entry]);
		}
	const countries = [...byCode]
		.map(([code, entries]) => ({ code, name: countryName(code, lang), entries }))
		.sort((a, b) => a.name.localeCompare(b.name, lang));
	const authors = recordsIn('authors', lang).map((author) => ({
		author,
		entries: entries.filter((entry) => entry.data.authors.some((link) => link.id === author.id)),
	}));
	return { topics, countries, authors };
}

const TERMS = Object.fromEntries(LANGUAGES.map((lang) => [lang, termsIn(lang)])) as Record<Language, ReturnType<typeof termsIn>>;

/** Topics that have at least one published entry, by name. */
export const topicsWithEntries = (lang: Language) => TERMS[lang].topics;

/** Countries that have at least one published entry, by name. */
export const countriesWithEntries = (lang: Language) => TERMS[lang].countries;

/** Authors with their published entries (an author with none still has a page). */
export const authorsWithEntries = (lang: Language) => TERMS[lang].authors;
