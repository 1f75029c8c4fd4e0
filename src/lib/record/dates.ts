import { type PartialDate, earliestDay, latestDay } from '../../schemas/partial-date.ts';

const DAY_MS = 86_400_000;

/** Days since 1 January 1970 of a YYYY-MM-DD day, counted in UTC so that no time zone shifts it. */
export function dayNumber(day: string): number {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	return Date.UTC(year, month - 1, date) / DAY_MS;
}

/** The YYYY-MM-DD day of a day number. */
export function dayFromNumber(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The days a partial date may mean, first to last, and the middle of them, where a month or a year is placed. */
export function dateSpan(date: PartialDate): DateSpan {
	let span = spans.get(date);
	if (!span) {
		const start = dayNumber(earliestDay(date));
		const end = dayNumber(latestDay(date));
		span = { start, end, middle: (start + end) / 2 };
		spans.set(date, span);
	}
	return span;
}

interface DateSpan {
	readonly start: number;
	readonly end: number;
	readonly middle: number;
}

/** Sorting thousands of reports compares the same dates again and again: each date's span is worked out once. */
const spans = new WeakMap<PartialDate, DateSpan>();

/** Partial dates in time order: by their middle day, the narrower first when two share one. */
export function compareDates(a: PartialDate, b: PartialDate): number {
	const spanA = dateSpan(a);
	const spanB = dateSpan(b);
	return spanA.middle - spanB.middle || spanA.end - spanA.start - (spanB.end - spanB.start);
}
