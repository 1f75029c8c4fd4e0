import { LANGUAGES, type Language, languageName } from '../../i18n/languages.ts';
import { t } from '../../i18n/ui.ts';
import { idsOf } from '../../schemas/reference.ts';
import { type Entry, entriesIn, entryUrl, isSummary } from '../entries/index.ts';
import { countryName, formatDate, formatList } from '../format.ts';
import { recordsById } from '../localized-records.ts';
import { urls } from '../urls.ts';

/**
 * A page in one language's search index, and what the index records about it besides its text: what a
 * result shows (date, authors, kind, and the language it is written in), the filters a reader narrows
 * results by, and the date results are ordered by. Filter names and values are interface text, in the
 * language of the index, as that language's search page shows them.
 */
export interface SearchRecord {
	/** The page's file in the built site: "articles/x/index.html". */
	page: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sort: Record<string, string>;
}

/** An entry's page as the search page of `lang` finds it. */
function searchRecord(entry: Entry, lang: Language): SearchRecord {
	const { published, countries } = entry.data;
	const written = entry.data.lang;
	const authors = recordsById('authors', idsOf(entry.data.authors), lang).map((author) => author.data.name);
	const topics = recordsById('topics', idsOf(entry.data.tags), lang).map((topic) => topic.data.name);
	const kind = t(lang, isSummary(entry) ? 'kind.summary' : 'kind.article');
	return {
		page: urls.outputPage(entryUrl(entry)),
		meta: {
			date: formatDate(published, lang),
			published: published.iso,
			authors: formatList(authors, lang),
			kind,
			lang: written,
			...(written === lang ? {} : { inLanguage: t(lang, 'list.inLanguage', { language: languageName(written, lang) }) }),
		},
		filters: {
			[t(lang, 'search.filter.topic')]: topics,
			[t(lang, 'search.filter.country')]: countries.map((code) => countryName(code, lang)),
			[t(lang, 'search.filter.author')]: authors,
			[t(lang, 'search.filter.year')]: [published.iso.slice(0, 4)],
			[t(lang, 'search.filter.type')]: [kind],
		},
		sort: { date: published.iso },
	};
}

/**
 * What each language's index holds (by language): every published entry, in that language where it is
 * translated and in its original language otherwise, as the lists show them. A reader searching either
 * edition finds everything we have published, each piece once, and a piece in another language is
 * marked so. src/integrations/search-index/ hands each page to Pagefind with its record.
 */
export const searchRecords: Readonly<Record<Language, readonly SearchRecord[]>> = Object.fromEntries(
	LANGUAGES.map((lang) => [lang, entriesIn(lang).map((entry) => searchRecord(entry, lang))]),
) as Record<Language, SearchRecord[]>;

/** Whether a language's search finds pieces written in another language (those not yet translated into it). */
export function findsOtherLanguages(lang: Language): boolean {
	return entriesIn(lang).some((entry) => entry.data.lang !== lang);
}
