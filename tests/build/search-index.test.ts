// Checks the search indexes the build writes (src/integrations/search-index/) against the real content:
// each language's holds every published article and summary, in that language where it is translated
// and in its original language otherwise, and nothing else, with the metadata and filters that
// language's search page shows, and the reading text of each entry without the page furniture around it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { contentDir } from '../../src/content-model/collections.ts';
import { DEFAULT_LANGUAGE, type Language, LANGUAGES, languageName } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/ui.ts';
import { countryName, formatDate, formatList } from '../../src/lib/format.ts';
import { SITE } from '../../src/config/site.ts';
import { type SiteEntry, builtSiteDir, entryPagePath, listFiles, loadSiteContent, localize, localized } from './support.ts';

const outDir = builtSiteDir();
const indexDir = (lang: Language) => join(outDir, SITE.searchIndexFolder, lang);
const content = loadSiteContent(contentDir());
const published = content.entries.filter((entry) => !entry.data.draft);

/**
 * What a language's search finds: each published piece once, in that language if it is translated into
 * it, in its original language if not.
 */
function findable(lang: Language): SiteEntry[] {
	return published
		.filter((entry) => entry.data.lang === DEFAULT_LANGUAGE)
		.map((original) => published.find((entry) => entry.collection === original.collection && entry.id === original.id && entry.data.lang === lang) ?? original);
}

/** One page as Pagefind stores it: a gzipped fragment, after a short signature, of JSON. */
interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

function readFragments(lang: Language): Fragment[] {
	const folder = join(indexDir(lang), 'fragment');
	return readdirSync(folder).map((name) => {
		const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
		return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
	});
}

/** The address Pagefind records for an entry: its page's path within the built site, without the base. */
function indexedUrl(entry: SiteEntry): string {
	return `/${relative(outDir, entryPagePath(outDir, entry)).split(sep).slice(0, -1).join('/')}/`;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

before(() => {
	assert.ok(existsSync(join(outDir, 'index.html')), `no built site in ${outDir}: run \`node scripts/build.ts\` first`);
	for (const lang of LANGUAGES)
		assert.ok(existsSync(join(indexDir(lang), 'pagefind-entry.json')), `no search index in ${indexDir(lang)}: the build writes one`);
});

describe('the search indexes', () => {
	for (const lang of LANGUAGES)
		it(`${lang}: count every published piece once, in one index of that language`, () => {
			const entry = JSON.parse(readFileSync(join(indexDir(lang), 'pagefind-entry.json'), 'utf8')) as {
				languages: Record<string, { page_count: number }>;
			};
			assert.deepEqual(Object.keys(entry.languages), [lang]);
			assert.equal(entry.languages[lang]?.page_count, findable(lang).length);
			assert.equal(findable(lang).length, published.filter((candidate) => candidate.data.lang === DEFAULT_LANGUAGE).length);
		});

	for (const lang of LANGUAGES)
		it(`${lang}: hold a page for each published piece, translated where it is, and nothing else`, () => {
			assert.deepEqual(readFragments(lang).map((fragment) => fragment.url).sort(), findable(lang).map(indexedUrl).sort());
		});

	it('do not ship Pagefind’s prebuilt interfaces, which the site does not use', () => {
		for (const lang of LANGUAGES)
			assert.deepEqual(
				readdirSync(indexDir(lang)).filter((name) => /-ui\.|highlight/.test(name)),
				[],
			);
	});

	for (const lang of LANGUAGES) {
		const fragments = new Map(readFragments(lang).map((fragment) => [fragment.url, fragment]));
		for (const entry of findable(lang))
			describe(`${lang}: ${entry.file}`, () => {
				const written = entry.data.lang;
				const fragment = () => {
					const found = fragments.get(indexedUrl(entry));
					assert.ok(found, `${indexedUrl(entry)} is not in the ${lang} index`);
					return found;
				};
				const kind = t(lang, entry.collection === 'summaries' ? 'kind.summary' : 'kind.article');
				// Names of authors and topics as the search page's language gives them.
				const name = (record: { name: string; translations?: unknown } | undefined, id: string) => (record ? localize(record, lang).name : id);
				const authors = entry.data.authors.map(({ id }) => name(content.authors.get(id), id));

				it('records what a result shows: title, date, authors, kind, and the language it is written in', () => {
					assert.deepEqual(fragment().meta, {
						title: entry.data.title,
						date: formatDate(entry.data.published, lang),
						published: entry.data.published.iso,
						authors: formatList(authors, lang),
						kind,
						lang: written,
						...(written === lang ? {} : { inLanguage: t(lang, 'list.inLanguage', { language: languageName(written, lang) }) }),
					});
				});

				it('can be found by topic, country, author, year and type, named as the search page names them', () => {
					const sorted = (values: string[]) => [...values].sort();
					const { filters } = fragment();
					assert.deepEqual(
						Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, sorted(values)])),
						{
							[t(lang, 'search.filter.topic')]: sorted(entry.data.tags.map(({ id }) => name(content.topics.get(id), id))),
							[t(lang, 'search.filter.country')]: sorted(entry.data.countries.map((code) => countryName(code, lang))),
							[t(lang, 'search.filter.author')]: sorted(authors),
							[t(lang, 'search.filter.year')]: [entry.data.published.iso.slice(0, 4)],
							[t(lang, 'search.filter.type')]: [kind],
						},
					);
				});

				it('indexes the title, standfirst and the words of every figure cited', () => {
					const text = collapse(fragment().content);
					for (const part of [entry.data.title, entry.data.description, ...entry.data.figures.map((figure) => figure.wording)])
						assert.ok(text.includes(collapse(part)), `the index lacks: ${part}`);
				});

				it('leaves out what surrounds the text: labels, notes, references, related entries', () => {
					const text = collapse(fragment().content);
					const furniture = [
						t(written, 'figures.intro'),
						t(written, 'figures.wording'),
						t(written, 'entry.readingTime', { minutes: '' }).trim(),
						t(written, 'entry.summaryNote').split(':')[0] ?? '',
						t(written, 'related.heading'),
						...entry.data.sources.flatMap(({ id }) => localized(content.sources, written).get(id)?.notes ?? []),
					];
					for (const part of furniture) assert.ok(!text.includes(collapse(part)), `the index holds: ${part}`);
				});
			});
	}
});

describe('pages marked for indexing', () => {
	const entryPages = new Set(published.map((entry) => relative(outDir, entryPagePath(outDir, entry))));
	const pages = listFiles(outDir).filter((file) => file.endsWith('.html'));

	it('are the entry pages, each with one marked element: its article', () => {
		for (const file of entryPages) {
			const marked = parse(readFileSync(join(outDir, file), 'utf8')).querySelectorAll('[data-pagefind-body]');
			assert.equal(marked.length, 1, `${file}: elements marked data-pagefind-body`);
			assert.ok(
				marked[0]?.tagName === 'ARTICLE' && marked[0].classList.contains('entry'),
				`${file}: the marked element is the entry's article`,
			);
		}
	});

	it('are no other page: home, archive, topics, countries, authors, about, search, 404', () => {
		const others = pages.filter((file) => !entryPages.has(file) && !file.startsWith(`${SITE.searchIndexFolder}${sep}`));
		assert.ok(others.includes('index.html') && others.includes(join('search', 'index.html')), 'the other pages are checked');
		for (const file of others)
			assert.ok(!readFileSync(join(outDir, file), 'utf8').includes('data-pagefind-body'), `${file} is marked for indexing`);
	});
});
