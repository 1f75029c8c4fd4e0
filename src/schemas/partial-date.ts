import { z } from 'astro/zod';

/**
 * A date known to a year, a month or a day: `2023`, `2023-05` or `2023-01-26`.
 * YAML turns an unquoted `2023-01-26` into a Date and `2023` into a number, so both are accepted.
 */
export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
	/** The date as written, at its precision: `2023`, `2023-05`, `2023-01-26`. */
	iso: string;
	precision: Precision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function normalise(input: unknown): unknown {
	if (input instanceof Date && !Number.isNaN(input.getTime())) return input.toISOString().slice(0, 10);
	if (typeof input === 'number' && Number.isInteger(input)) return String(input);
	return input;
}

export function parsePartialDate(text: string): PartialDate | undefined {
	const match = PATTERN.exec(text);
	if (!match) return undefined;
	const [, , month, day] = match;
	if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return undefined;
	if (day !== undefined) {
		const date = new Date(`${text}T00:00:00Z`);
		if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day)) return undefined;
		return { iso: text, precision: 'day' };
	}
	return { iso: text, precision: month === undefined ? 'year' : 'month' };
}

/** First day the date could mean, as YYYY-MM-DD. */
export function earliestDay(date: PartialDate): string {
	if (date.precision === 'day') return date.iso;
	if (date.precision === 'month') return `${date.iso}-01`;
	return `${date.iso}-01-01`;
}

/** Last day the date could mean, as YYYY-MM-DD. */
export function latestDay(date: PartialDate): string {
	if (date.precision === 'day') return date.iso;
	if (date.precision === 'year') return `${date.iso}-12-31`;
	const [year, month] = date.iso.split('-').map(Number) as [number, number];
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${date.iso}-${String(last).padStart(2, '0')}`;
}

export function today(): string {
	return new Date().toISOString().slice(0, 10);
}

/** A partial date that is real and not in the future. */
export const partialDateSchema = z.preprocess(
	normalise,
	z
		.string({ error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD' })
		.transform((text, ctx) => {
			const date = parsePartialDate(text);
			if (!date) {
				ctx.addIssue({ code: 'custom', message: `"${text}" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD` });
				return z.NEVER;
			}
			if (earliestDay(date) > today()) {
				ctx.addIssue({ code: 'custom', message: `${text} is in the future` });
				return z.NEVER;
			}
			return date;
		}),
);

/** A full calendar day (publication dates of our own pages), not in the future. */
export const daySchema = partialDateSchema.refine((date) => date.precision === 'day', {
	message: 'must be a full date, YYYY-MM-DD',
});
