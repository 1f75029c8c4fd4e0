// Which pages the browser tests visit, read from the built site in dist/ so that no slug or count is
// written into a test: a new article, topic or country is covered as soon as it is built.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LANGUAGE, type Language } from '../../src/i18n/languages.ts';

/** The repository root (this file is tests/browser/pages.ts). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built site: dist/, or the folder BUILD_OUT_DIR names, as scripts/build.ts works it out. */
export const DIST = resolve(ROOT, process.env.BUILD_OUT_DIR ?? 'dist');
export const DIST_INDEX = join(DIST, 'index.html');

/** The sub-path the site is built under, as astro.config.mjs reads it (src/config/site.ts): "/" or "/campaign/". */
const trimmedBase = (process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '');
export const BASE = trimmedBase === '' ? '/' : `/${trimmedBase}/`;

/** A site path ("archive/2") as the browser requests it, with the base and the trailing slash. */
export function sitePath(...segments: string[]): string {
	const joined = segments
		.map((segment) => segment.replace(/^\/+|\/+$/g, ''))
		.filter(Boolean)
		.join('/');
	return joined === '' ? BASE : `${BASE}${joined}/`;
}

export type PageType =
	| 'home'
	| 'archive'
	| 'article'
	| 'summary'
	| 'topics-index'
	| 'topic'
	| 'countries-index'
	| 'country'
	| 'author'
	| 'about'
	| 'feeds'
	| 'search'
	| 'figures'
	| 'sources-index'
	| 'source'
	| 'timeline'
	| 'not-found';

export interface SitePage {
	type: PageType;
	/** Path to request, base included. */
	path: string;
	/** A short, unique name for test titles. */
	name: string;
	/** The HTTP status the server answers with. */
	status: 200 | 404;
}

/** The folder of a language's pages: '' for the default language, 'es' for Spanish. */
function languageFolder(lang: Language): string {
	return lang === DEFAULT_LANGUAGE ? '' : lang;
}

/** Sub-folders of dist/<folder> that hold a built page (<slug>/index.html), sorted. */
function builtSlugs(folder: string): string[] {
	const dir = join(DIST, folder);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((slug) => statSync(join(dir, slug)).isDirectory() && existsSync(join(dir, slug, 'index.html')))
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

function mustExist(file: string): void {
	if (!existsSync(join(DIST, file))) throw new Error(`${join(DIST, file)} is missing: build the site first (node scripts/build.ts).`);
}

function requireSome<T>(list: T[], what: string): T[] {
	if (list.length === 0) throw new Error(`${DIST} holds no ${what}: build the site first (node scripts/build.ts).`);
	return list;
}

/** Topics, countries and authors with a built page: each has its own feed (dist/<folder>/<slug>/rss.xml). */
export function termPages(lang: Language = DEFAULT_LANGUAGE): { folder: string; slug: string }[] {
	return (['topics', 'countries', 'authors'] as const).flatMap((kind) => {
		const folder = join(languageFolder(lang), kind);
		return builtSlugs(folder).map((slug) => ({ folder, slug }));
	});
}

/** Every entry page (articles and summaries): prev/next links walk all of them together. */
export function entryCount(): number {
	return builtSlugs('articles').length + builtSlugs('summaries').length;
}

/**
 * Every built page of every type in a language, plus a missing address there that the server answers
 * with that language's 404 page.
 */
export function everyPage(lang: Language = DEFAULT_LANGUAGE): SitePage[] {
	const folder = languageFolder(lang);
	const prefixed = (...segments: string[]) => sitePath(folder, ...segments);
	const label = (name: string) => (folder === '' ? name : `${lang}: ${name}`);
	// Nothing built at all: list nothing here, and let global-setup.ts stop the run with its message.
	if (!existsSync(DIST_INDEX)) return [];
	for (const file of [
		'index.html',
		'archive/index.html',
		'topics/index.html',
		'countries/index.html',
		'about/index.html',
		'feeds/index.html',
		'search/index.html',
		'figures/index.html',
		'sources/index.html',
		'timeline/index.html',
		'404.html',
	]) {
		mustExist(join(folder, file));
	}
	const built = (type: Exclude<PageType, 'not-found'>, path: string, name: string): SitePage => ({
		type,
		path,
		name: label(name),
		status: 200,
	});
	// A topic's, country's or author's list runs on over numbered pages (/topics/<id>/2/) when it is long.
	const each = (type: Exclude<PageType, 'not-found'>, under: string, kind: string) =>
		requireSome(builtSlugs(join(folder, under)), `${kind} pages (dist/${join(folder, under)}/*/index.html)`).flatMap((slug) => [
			built(type, prefixed(under, slug), `${kind} ${slug}`),
			...builtSlugs(join(folder, under, slug))
				.filter((number) => /^\d+$/.test(number))
				.map((number) => built(type, prefixed(under, slug, number), `${kind} ${slug} page ${number}`)),
		]);
	const laterArchivePages = builtSlugs(join(folder, 'archive')).filter((slug) => /^\d+$/.test(slug));

	return [
		built('home', prefixed(), 'home'),
		built('archive', prefixed('archive'), 'archive page 1'),
		...laterArchivePages.map((number) => built('archive', prefixed('archive', number), `archive page ${number}`)),
		...each('article', 'articles', 'article'),
		...each('summary', 'summaries', 'summary'),
		built('topics-index', prefixed('topics'), 'topics index'),
		...each('topic', 'topics', 'topic'),
		built('countries-index', prefixed('countries'), 'countries index'),
		...each('country', 'countries', 'country'),
		...each('author', 'authors', 'author'),
		built('about', prefixed('about'), 'about'),
		built('feeds', prefixed('feeds'), 'feeds'),
		built('search', prefixed('search'), 'search'),
		built('figures', prefixed('figures'), 'figures'),
		built('sources-index', prefixed('sources'), 'sources index'),
		...each('source', 'sources', 'source'),
		built('timeline', prefixed('timeline'), 'timeline'),
		{ type: 'not-found', path: prefixed('no-such-page'), name: label('404 (no-such-page)'), status: 404 },
	];
}

/**
 * One page of each type (the first built one), plus every archive page after the first: what the
 * per-type checks run on.
 */
export function pageOfEveryType(lang: Language = DEFAULT_LANGUAGE): SitePage[] {
	const seen = new Set<PageType>();
	return everyPage(lang).filter(({ type }) => {
		if (type === 'archive') return true;
		if (seen.has(type)) return false;
		seen.add(type);
		return true;
	});
}
