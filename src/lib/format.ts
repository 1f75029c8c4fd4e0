import { labels } from '../i18n/ui.ts';
import { remembered } from './remembered.ts';
import { LOCALES, type Language } from '../i18n/languages.ts';
import type { PartialDate } from '../schemas/partial-date.ts';
import type { Qualifier } from '../schemas/figure.ts';

const DATE_OPTIONS = {
	year: { year: 'numeric' },
	month: { year: 'numeric', month: 'long' },
	day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<PartialDate['precision'], Intl.DateTimeFormatOptions>;

/**
 * Each Intl formatter is built once per language and kind (the kind names its options) and then reused:
 * building one costs far more than formatting with it, and a build of 1,000 articles formats dates and
 * numbers tens of thousands of times (6 s of CPU when each call built its own).
 */
const formatters = new Map<string, unknown>();
function formatter<T>(kind: string, lang: Language, make: (locale: string) => T): T {
	return remembered(formatters as Map<string, T>, `${kind}|${lang}`, () => make(LOCALES[lang]));
}

/**
 * Dates and country names are also formatted once each: Intl is slow next to a lookup, and an archive
 * shows the same few hundred dates and a dozen countries on every list.
 */
const formatted = new Map<string, string>();

/** A date at the precision it is known: "2023", "May 2023", "26 January 2023". */
export function formatDate(date: PartialDate, lang: Language): string {
	return remembered(formatted, `date|${lang}|${date.precision}|${date.iso}`, () => {
		const [year, month = 1, day = 1] = date.iso.split('-').map(Number) as [number, number?, number?];
		const format = formatter(
			`date-${date.precision}`,
			lang,
			(locale) => new Intl.DateTimeFormat(locale, { ...DATE_OPTIONS[date.precision], timeZone: 'UTC' }),
		);
		return format.format(new Date(Date.UTC(year, month - 1, day)));
	});
}

export function formatPeriod(period: { from: PartialDate; to: PartialDate }, lang: Language): string {
	const from = formatDate(period.from, lang);
	const to = formatDate(period.to, lang);
	return from === to ? from : `${from} – ${to}`;
}

export function formatNumber(value: number, lang: Language): string {
	return formatter('number', lang, (locale) => new Intl.NumberFormat(locale)).format(value);
}

export function countryName(code: string, lang: Language): string {
	return remembered(
		formatted,
		`region|${lang}|${code}`,
		() => formatter('region', lang, (locale) => new Intl.DisplayNames([locale], { type: 'region' })).of(code) ?? code,
	);
}

export interface Quantity {
	qualifier: Qualifier;
	value?: number | undefined;
	min?: number | undefined;
	max?: number | undefined;
}

/** The number as its source qualifies it: "more than 70", "1,000–1,200", "48". */
export function formatQuantity(quantity: Quantity, lang: Language): string {
	if (quantity.qualifier === 'range') return `${formatNumber(quantity.min ?? 0, lang)}–${formatNumber(quantity.max ?? 0, lang)}`;
	const qualifier = labels(lang).qualifier[quantity.qualifier];
	const number = formatNumber(quantity.value ?? 0, lang);
	return qualifier === '' ? number : `${qualifier} ${number}`;
}

/** The unit, singular or plural as the number needs: "person", "people". */
export function formatUnit(unit: 'people' | 'incidents', quantity: Quantity, lang: Language): string {
	const count = quantity.qualifier === 'range' ? (quantity.max ?? 0) : (quantity.value ?? 0);
	const [one, other] = labels(lang).unit[unit];
	return formatter('plural', lang, (locale) => new Intl.PluralRules(locale)).select(count) === 'one' ? one : other;
}

/** A figure's number with its qualifier and unit: "more than 70 people", "1,000–1,200 people". */
export function formatCount(figure: Quantity & { unit: 'people' | 'incidents' }, lang: Language): string {
	return `${formatQuantity(figure, lang)} ${formatUnit(figure.unit, figure, lang)}`;
}

/** A month on a chart's time axis, short: "Jan 2023" where the year is wanted, else "Apr". */
export function formatAxisMonth(month: string, withYear: boolean, lang: Language): string {
	const [year, number] = month.split('-').map(Number) as [number, number];
	const format = formatter(
		`axis-month-${withYear}`,
		lang,
		(locale) => new Intl.DateTimeFormat(locale, { month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }),
	);
	return format.format(new Date(Date.UTC(year, number - 1, 1)));
}

/** A list of names joined the language's way: "A, B and C". */
export function formatList(items: readonly string[], lang: Language): string {
	return formatter('list', lang, (locale) => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}

/**
 * The same list as its pieces, for markup around each item: `{ item: index }` for the items and
 * `{ text }` for the words between them (", ", " and ").
 */
export function listParts(count: number, lang: Language): ({ item: number } | { text: string })[] {
	const placeholders = Array.from({ length: count }, (_, index) => `\u0000${index}\u0000`);
	return new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' })
		.formatToParts(placeholders)
		.map((part) => (part.type === 'element' ? { item: placeholders.indexOf(part.value) } : { text: part.value }));
}
