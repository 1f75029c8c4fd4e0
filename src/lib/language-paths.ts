import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/languages.ts';

/**
 * Every page lives under src/pages/[...lang]/: the default language at the root (the `lang`
 * parameter is left out), every other one under /<lang>/. These build the `lang` parameter.
 */
export function languageParam(lang: Language): string | undefined {
	return lang === DEFAULT_LANGUAGE ? undefined : lang;
}

/** Static paths of a page that exists once per language and takes no other parameter. */
export function languagePaths() {
	return LANGUAGES.map((lang) => ({ params: { lang: languageParam(lang) }, props: { lang } }));
}

/** Static paths of a page with further parameters, repeated for every language. */
export function perLanguage<Path extends { params: Record<string, string | number | undefined>; props?: object }>(
	pathsIn: (lang: Language) => readonly Path[],
) {
	return LANGUAGES.flatMap((lang) =>
		pathsIn(lang).map((path) => ({
			...path,
			params: { ...path.params, lang: languageParam(lang) },
			props: { ...path.props, lang },
		})),
	);
}
