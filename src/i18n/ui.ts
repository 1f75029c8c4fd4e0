import { DEFAULT_LANGUAGE, type Language } from './languages.ts';
import type { LanguageLabels } from './strings/labels.ts';
import { labels as enLabels, strings as en, type UiKey } from './strings/en.ts';
import { labels as esLabels, strings as es } from './strings/es.ts';

/**
 * Every piece of interface text, one file per language in ./strings/. English is the reference:
 * a language whose file lacks a key, or has one English lacks, does not type-check.
 */
export type { UiKey };

const STRINGS: Record<Language, Record<UiKey, string>> = { en, es };
const LABELS: Record<Language, LanguageLabels> = { en: enLabels, es: esLabels };

/** Interface text in a language, with `{name}` placeholders filled in. */
export function t(lang: Language, key: UiKey, values: Record<string, string | number> = {}): string {
	const text = STRINGS[lang][key] ?? STRINGS[DEFAULT_LANGUAGE][key];
	return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Labels for enumerated values (figure categories, qualifiers, units, kinds of source), per language. */
export function labels(lang: Language): LanguageLabels {
	return LABELS[lang];
}

/** A list's title on one of its pages: the name alone on page 1, "Name: page 2 of 5" after it. */
export function pagedTitle(lang: Language, name: string, page: { currentPage: number; lastPage: number }): string {
	if (page.currentPage === 1) return name;
	return `${name}: ${t(lang, 'archive.page', { page: page.currentPage, pages: page.lastPage })}`;
}
