/**
 * Languages the site is written in; the first is the default, served at the root, and the one
 * every piece is first written in. The others are served under /<lang>/. Adding a language is a
 * matter of adding it here, translating src/i18n/strings/, and translating content.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = LANGUAGES[0];

/** Languages other than the default: content in them is a translation of a default-language original. */
export const TRANSLATION_LANGUAGES = LANGUAGES.filter((lang) => lang !== DEFAULT_LANGUAGE) as Exclude<Language, 'en'>[];
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/**
 * The locale Intl formats dates, numbers and country names with, per language. Spanish is written
 * for readers across Latin America, so it takes the region's conventions (es-419), not Spain's.
 */
export const LOCALES: Record<Language, string> = { en: 'en-GB', es: 'es-419' };

/** The same, as Open Graph names locales (language_TERRITORY; Facebook's es_LA for Latin American Spanish). */
export const OPEN_GRAPH_LOCALES: Record<Language, string> = { en: 'en_GB', es: 'es_LA' };

export function isLanguage(value: unknown): value is Language {
	return (LANGUAGES as readonly unknown[]).includes(value);
}

/** Each language's name in each language, worked out once: every page names languages. */
const NAMES = Object.fromEntries(
	LANGUAGES.map((inLanguage) => {
		const names = new Intl.DisplayNames([LOCALES[inLanguage]], { type: 'language' });
		return [inLanguage, Object.fromEntries(LANGUAGES.map((lang) => [lang, names.of(lang) ?? lang]))];
	}),
) as Record<Language, Record<Language, string>>;

/**
 * A language's name as written in a sentence of another language ("inglés" in Spanish, "Spanish" in
 * English), or in its own language by default ("español").
 */
export function languageName(lang: Language, inLanguage: Language = lang): string {
	return NAMES[inLanguage][lang];
}

/** A language's own name standing alone, as on a language switcher: "English", "Español". */
export function languageLabel(lang: Language): string {
	const name = languageName(lang);
	return name.charAt(0).toLocaleUpperCase(LOCALES[lang]) + name.slice(1);
}
