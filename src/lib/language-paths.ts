import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../i18n/languages.ts';

/**
 * Every page lives under src/pages/[...lang]/: the default language at the root (the `lang`
 * parameter is left out), every other one under /<lang>/. These build the `lang` parameter, and
 * read the language back from an address.
 */
export function languageParam(lang: Language): string | undefined {
	return lang === DEFAULT_LANGUAGE ? undefined : lang;
}

/**
 * The language of an address under `base` (which ends in a slash): the first segment after the base
 * when it names a language other than the default, else the default. Only that segment counts, so
 * /countries/es/ (Spain) is an English page and /es/countries/es/ its Spanish version.
 */
export function languageOfPath(pathname: string, base: string): Language {
	if (!pathname.startsWith(base)) return DEFAULT_LANGUAGE;
	const first = pathname.slice(base.length).split('/', 1)[0];
	return isLanguage(first) ? first : DEFAULT_LANGUAGE;
}

/** Static paths of a page that exists once per language and takes no other parameter. */
export function languagePaths() {
	return LANGUAGES.map((lang) => ({ params: { lang: languageParam(lang) } }));
}

/** Static paths of a page with further parameters, repeated for every language. */
export function perLanguage<Path extends { params: Record<string, string | number | undefined>; props?: object }>(
	pathsIn: (lang: Language) => readonly Path[],
) {
	return LANGUAGES.flatMap((lang) =>
		pathsIn(lang).map((path) => ({ ...path, params: { ...path.params, lang: languageParam(lang) } })),
	);
}
