/** Languages the site is written in; the first is the default, served at the root. */
export const LANGUAGES = ['en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = LANGUAGES[0];

/** The locale Intl formats dates, numbers and country names with, per language. */
export const LOCALES: Record<Language, string> = { en: 'en-GB' };
