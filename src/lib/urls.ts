import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages.ts';
import type { EntryCollection } from '../content-model/collections.ts';
import { SITE } from '../config/site.ts';
import { languageOfPath } from './language-paths.ts';

/**
 * Every internal address is built here, so that a sub-path deployment (Astro's `base`) and
 * languages other than the default (served under /<lang>/) need no change anywhere else.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function path(lang: Language, ...segments: (string | number)[]): string {
	const prefix = lang === DEFAULT_LANGUAGE ? [] : [lang];
	const parts = [...prefix, ...segments.map((segment) => encodeURIComponent(String(segment)))];
	return parts.length === 0 ? BASE : `${BASE}${parts.join('/')}/`;
}

/** An address without the base and the language prefix: /es/topics/x/ (with base /campaign/: /campaign/es/topics/x/) is topics/x/. */
function withoutPrefix(address: string, lang: Language): string {
	const rest = address.startsWith(BASE) ? address.slice(BASE.length) : address.replace(/^\//, '');
	const prefix = `${lang}/`;
	return lang !== DEFAULT_LANGUAGE && rest.startsWith(prefix) ? rest.slice(prefix.length) : rest;
}

export const urls = {
	/** The language of the page at an address (src/middleware.ts sets it as Astro.locals.lang). */
	languageOf: (pathname: string) => languageOfPath(pathname, BASE),
	home: (lang: Language) => path(lang),
	/** The same page in another language: every page but an article or summary exists in every language at the same address but for the prefix. */
	inLanguage: (address: string, from: Language, to: Language) => `${path(to)}${withoutPrefix(address, from)}`,
	entry: (lang: Language, collection: EntryCollection, id: string) => path(lang, collection, id),
	archive: (lang: Language, page = 1) => (page === 1 ? path(lang, 'archive') : path(lang, 'archive', page)),
	topics: (lang: Language) => path(lang, 'topics'),
	/** A topic's, country's or author's list of entries; page 1 has no number: /topics/<id>/, /topics/<id>/2/ … */
	topic: (lang: Language, id: string, page = 1) => (page === 1 ? path(lang, 'topics', id) : path(lang, 'topics', id, page)),
	countries: (lang: Language) => path(lang, 'countries'),
	country: (lang: Language, code: string, page = 1) =>
		page === 1 ? path(lang, 'countries', code.toLowerCase()) : path(lang, 'countries', code.toLowerCase(), page),
	author: (lang: Language, id: string, page = 1) => (page === 1 ? path(lang, 'authors', id) : path(lang, 'authors', id, page)),
	about: (lang: Language) => path(lang, 'about'),
	search: (lang: Language) => path(lang, 'search'),
	/** The search index of a language's search page, with Pagefind's search script: each language has its own. */
	searchIndex: (lang: Language) => `${BASE}${SITE.searchIndexFolder}/${lang}/`,
	/** The page that explains subscribing and lists every feed. */
	feeds: (lang: Language) => path(lang, 'feeds'),
	/** RSS feeds: the whole site, or one topic, country or author. */
	rss: (lang: Language) => `${path(lang)}rss.xml`,
	topicRss: (lang: Language, id: string) => `${path(lang, 'topics', id)}rss.xml`,
	countryRss: (lang: Language, code: string) => `${path(lang, 'countries', code.toLowerCase())}rss.xml`,
	authorRss: (lang: Language, id: string) => `${path(lang, 'authors', id)}rss.xml`,
	jsonFeed: (lang: Language) => `${path(lang)}feed.json`,
	figures: (lang: Language) => path(lang, 'figures'),
	sources: (lang: Language) => path(lang, 'sources'),
	source: (lang: Language, id: string) => path(lang, 'sources', id),
	timeline: (lang: Language) => path(lang, 'timeline'),
	/** Open-data exports, the same for every language: /data/figures.json … */
	data: (file: string) => `${BASE}data/${file}`,
	/** The site's own share image, per language. */
	siteShareImage: (lang: Language) => `${path(lang)}share.png`,
	/** The generated share image of an entry. */
	shareImage: (lang: Language, collection: EntryCollection, id: string) => `${path(lang, collection, id)}share.png`,
	/** Anchor of a source in an entry's reference list. */
	referenceAnchor: (sourceId: string) => `ref-${sourceId}`,
	/** Anchor of an event on the timeline page. */
	eventAnchor: (eventId: string) => `event-${eventId}`,
	/** Anchor of a report's row on the figures page. */
	reportAnchor: (reportId: string) => `report-${reportId}`,
	/** Anchor of a figure in an entry's figures box. */
	figureAnchor: (figureId: string) => `figure-${figureId}`,
	/** An address made absolute for feeds, meta tags and sitemaps: `site` is Astro's `site` setting. */
	absolute: (address: string, site: URL | string) => new URL(address, site).href,
	/** An address's file in the build's output folder: /campaign/articles/x/share.png is articles/x/share.png. */
	outputFile: (address: string) => {
		if (!address.startsWith(BASE) || address.endsWith('/')) throw new Error(`${address} is not a file under ${BASE}`);
		return decodeURIComponent(address.slice(BASE.length));
	},
	/** A page's file in the build's output folder: /campaign/es/articles/x/ is es/articles/x/index.html. */
	outputPage: (address: string) => {
		if (!address.endsWith('/')) throw new Error(`${address} is not a page under ${BASE}`);
		return urls.outputFile(`${address}index.html`);
	},
	/** A site-absolute path written by an editor or a file in public/ ("/archive/", "/favicon.svg"), with the base prefixed. */
	fromRoot: (target: string) => `${BASE}${target.replace(/^\//, '')}`,
};
