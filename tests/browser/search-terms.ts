// What the search tests search for, worked out from the content (read with the project's own loader)
// rather than written into the tests: a word only one article uses, a word only a piece not yet
// translated uses, and a word with a country that some of the entries using it cover and others do not.
import { resolve } from 'node:path';
import { contentDir } from '../../src/content-model/collections.ts';
import { readContentFolder } from '../../scripts/content-files.ts';
import { countryName } from '../../src/lib/format.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../src/i18n/languages.ts';
import { PROJECT_ROOT, type SiteEntry, loadSiteContent } from '../build/support.ts';
import { sitePath } from './pages.ts';

export interface SearchableEntry {
	entry: SiteEntry;
	/** The entry's page as the browser requests it, base included. */
	path: string;
	/** Names of the countries it covers, as the Country filter lists them. */
	countries: string[];
	/** The words of what is indexed: title, standfirst, text and the figures' wording, lower-cased. */
	words: string[];
}

/** Words of a text, lower-cased. */
function wordsOf(text: string): string[] {
	return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter(Boolean);
}

/** The prose of an MDX body, without component tags, their attributes, expressions or link targets. */
function prose(body: string): string {
	return body
		.replace(/^import .*$/gm, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\{[^}]*\}/g, ' ')
		.replace(/\]\([^)]*\)/g, ']');
}

const content = loadSiteContent(contentDir());

/** Every published article and summary (drafts are not built, so not indexed either). */
export const searchableEntries: SearchableEntry[] = content.entries
	.filter((entry) => !entry.data.draft)
	.sort((a, b) => a.file.localeCompare(b.file))
	.map((entry) => ({
		entry,
		path: sitePath(entry.data.lang === DEFAULT_LANGUAGE ? '' : entry.data.lang, entry.collection, entry.id),
		countries: entry.data.countries.map((code) => countryName(code, entry.data.lang)),
		words: wordsOf(
			[entry.data.title, entry.data.description, prose(entry.body), ...entry.data.figures.map((figure) => figure.wording)].join(' '),
		),
	}));

/** Search matches words by their stem: words that share their first letters may match each other. */
const STEM = 5;

/** The words of an entry's own prose, without the figures' wording, which its translations quote as it is. */
export function proseWords({ entry }: SearchableEntry): string[] {
	return wordsOf([entry.data.title, entry.data.description, prose(entry.body)].join(' '));
}

/**
 * A word that one of `targets` uses (the one it uses most often, of the first target in file order that
 * has any; of the words `words` gives, by default all it indexes) and that appears nowhere else in the
 * content, not even in a file's frontmatter, nor in any word sharing its first letters: searching for
 * it can only find that entry.
 */
export function wordOnlyIn(
	targets: SearchableEntry[],
	words: (target: SearchableEntry) => string[] = (target) => target.words,
): { word: string; target: SearchableEntry } | undefined {
	const everyFile = readContentFolder(resolve(PROJECT_ROOT, contentDir()), PROJECT_ROOT);
	for (const target of targets) {
		const elsewhere = everyFile
			.filter((file) => !(file.collection === target.entry.collection && file.id === target.entry.id))
			.flatMap((file) => wordsOf(`${JSON.stringify(file.data)} ${file.body}`));
		const stems = new Set(elsewhere.map((word) => word.slice(0, STEM)));
		const counts = new Map<string, number>();
		for (const word of words(target))
			if (word.length > STEM + 1 && !stems.has(word.slice(0, STEM))) counts.set(word, (counts.get(word) ?? 0) + 1);
		const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
		if (best) return { word: best[0], target };
	}
	return undefined;
}

/** A word only one article uses: a search for it finds that article alone. */
export function distinctiveWord(): { word: string; target: SearchableEntry } {
	const found = wordOnlyIn(searchableEntries.filter(({ entry }) => entry.collection === 'articles'));
	if (!found) throw new Error('No article uses a word that no other content file uses: the search tests need one.');
	return found;
}

/**
 * A word only one piece not translated into `lang` uses: the search page of `lang` finds it in that
 * piece, in the language it was written in.
 */
export function untranslatedWord(lang: Language): { word: string; target: SearchableEntry } {
	const translated = new Set(content.entries.filter((entry) => entry.data.lang === lang).map((entry) => `${entry.collection}/${entry.id}`));
	const untranslated = searchableEntries.filter(
		({ entry }) => entry.data.lang === DEFAULT_LANGUAGE && !translated.has(`${entry.collection}/${entry.id}`),
	);
	const found = wordOnlyIn(untranslated);
	if (!found) throw new Error(`No piece left untranslated into ${lang} uses a word of its own: the test of searching across languages needs one.`);
	return found;
}

/**
 * A word used by several entries, and a country that some of those entries cover and others do not:
 * choosing that country in the filters must leave fewer results, all of them entries about it.
 */
export function filterCase(): { word: string; country: string } {
	const byWord = new Map<string, SearchableEntry[]>();
	for (const item of searchableEntries)
		for (const word of new Set(item.words)) if (word.length > STEM) byWord.set(word, [...(byWord.get(word) ?? []), item]);
	const candidates = [...byWord]
		.map(([word, users]) => {
			const countries = [...new Set(users.flatMap((user) => user.countries))].sort();
			const country = countries.find((name) => users.some((user) => !user.countries.includes(name)));
			return { word, users: users.length, country };
		})
		.filter((candidate): candidate is { word: string; users: number; country: string } => candidate.country !== undefined)
		.sort((a, b) => b.users - a.users || a.word.localeCompare(b.word));
	const best = candidates[0];
	if (!best) throw new Error('No word is used both by entries about a country and by entries not about it: the filter test needs one.');
	return { word: best.word, country: best.country };
}

/** The entry whose page is at a path, if any. */
export function entryAt(path: string): SearchableEntry | undefined {
	return searchableEntries.find((item) => item.path === path);
}
