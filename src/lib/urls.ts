import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages.ts';
import type { EntryCollection } from '../content-model/collections.ts';

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

export const urls = {
	home: (lang: Language) => path(lang),
	entry: (lang: Language, collection: EntryCollection, id: string) => path(lang, collection, id),
	archive: (lang: Language, page = 1) => (page === 1 ? path(lang, 'archive') : path(lang, 'archive', page)),
	topics: (lang: Language) => path(lang, 'topics'),
	topic: (lang: Language, id: string) => path(lang, 'topics', id),
	countries: (lang: Language) => path(lang, 'countries'),
	country: (lang: Language, code: string) => path(lang, 'countries', code.toLowerCase()),
	author: (lang: Language, id: string) => path(lang, 'authors', id),
	about: (lang: Language) => path(lang, 'about'),
	/** Anchor of a source in an entry's reference list. */
	referenceAnchor: (sourceId: string) => `ref-${sourceId}`,
	/** Anchor of a figure in an entry's figures box. */
	figureAnchor: (figureId: string) => `figure-${figureId}`,
	/** A site-absolute path written by an editor or a file in public/ ("/archive/", "/favicon.svg"), with the base prefixed. */
	fromRoot: (target: string) => `${BASE}${target.replace(/^\//, '')}`,
};
