import { labels } from '../i18n/ui.ts';
import { LANGUAGES, LOCALES, type Language } from '../i18n/languages.ts';
import type { PartialDate } from '../schemas/partial-date.ts';
import type { Qualifier } from '../schemas/figure.ts';

const DATE_OPTIONS = {
	year: { year: 'numeric' },
	month: { year: 'numeric', month: 'long' },
	day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<PartialDate['precision'], Intl.DateTimeFormatOptions>;

function formattersFor(locale: string) {
	const dates = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
	return {
		date: { year: dates(DATE_OPTIONS.year), month: dates(DATE_OPTIONS.month), day: dates(DATE_OPTIONS.day) },
		axisMonth: { withYear: dates({ month: 'short', year: 'numeric' }), alone: dates({ month: 'short' }) },
		number: new Intl.NumberFormat(locale),
		region: new Intl.DisplayNames([locale], { type: 'region' }),
		plural: new Intl.PluralRules(locale),
		list: new Intl.ListFormat(locale, { type: 'conjunction' }),
	};
}

/** Intl's formatters, built once per language: building one costs far more than formatting with it. */
const FORMATTERS = Object.fromEntries(LANGUAGES.map((lang) => [lang, formattersFor(LOCALES[lang])])) as Record<
	Language,
	ReturnType<typeof formattersFor>
>;

/** A date at the precision it is known: "2023", "May 2023", "26 January 2023". */
export function formatDate(date: PartialDate, lang: Language): string {
	const [year, month = 1, day = 1] = date.iso.split('-').map(Number) as [number, number?, number?];
	return FORMATTERS[lang].date[date.precision].format(new Date(Date.UTC(year, month - 1, day)));
}

export function formatPeriod(period: { from: PartialDate; to: PartialDate }, lang: Language): string {
	const from = formatDate(period.from, lang);
	const to = formatDate(period.to, lang);
	return from === to ? from : `${from} – ${to}`;
}

export function formatNumber(value: number, lang: Language): string {
	return FORMATTERS[lang].number.format(value);
}

export function countryName(code: string, lang: Language): string {
	return FORMATTERS[lang].region.of(code) ?? code;
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
	return FORMATTERS[lang].plural.select(count) === 'one' ? one : other;
}

/** A figure's number with its qualifier and unit: "more than 70 people", "1,000–1,200 people". */
export function formatCount(figure: Quantity & { unit: 'people' | 'incidents' }, lang: Language): string {
	return `${formatQuantity(figure, lang)} ${formatUnit(figure.unit, figure, lang)}`;
}

/** A month on a chart's time axis, short: "Jan 2023" where the year is wanted, else "Apr". */
export function formatAxisMonth(month: string, withYear: boolean, lang: Language): string {
	const [year, number] = month.split('-').map(Number) as [number, number];
	const format = FORMATTERS[lang].axisMonth[withYear ? 'withYear' : 'alone'];
	return format.format(new Date(Date.UTC(year, number - 1, 1)));
}

/** A list of names joined the language's way: "A, B and C". */
export function formatList(items: readonly string[], lang: Language): string {
	return FORMATTERS[lang].list.format(items);
}

/**
 * The same list as its pieces, for markup around each item: `{ item: index }` for the items and
 * `{ text }` for the words between them (", ", " and ").
 */
export function listParts(count: number, lang: Language): ({ item: number } | { text: string })[] {
	const placeholders = Array.from({ length: count }, (_, index) => `\u0000${index}\u0000`);
	return FORMATTERS[lang].list
		.formatToParts(placeholders)
		.map((part) => (part.type === 'element' ? { item: placeholders.indexOf(part.value) } : { text: part.value }));
}
