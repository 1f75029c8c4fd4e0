import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { daySchema, earliestDay, latestDay, parsePartialDate, partialDateSchema, today } from './partial-date.ts';

/** The messages of a failed parse, or an empty list when it succeeded. */
function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
	return result.error?.issues.map((issue) => issue.message) ?? [];
}

/** A day some years ahead of the clock, so the test does not depend on when it runs. */
function futureYear(offset: number): number {
	return Number(today().slice(0, 4)) + offset;
}

describe('parsePartialDate', () => {
	it('reads a year', () => {
		assert.deepEqual(parsePartialDate('2023'), { iso: '2023', precision: 'year' });
	});

	it('reads a month', () => {
		assert.deepEqual(parsePartialDate('2023-05'), { iso: '2023-05', precision: 'month' });
	});

	it('reads a day', () => {
		assert.deepEqual(parsePartialDate('2023-01-26'), { iso: '2023-01-26', precision: 'day' });
	});

	it('accepts 29 February in a leap year only', () => {
		assert.deepEqual(parsePartialDate('2024-02-29'), { iso: '2024-02-29', precision: 'day' });
		assert.equal(parsePartialDate('2023-02-29'), undefined);
	});

	it('rejects days that do not exist', () => {
		assert.equal(parsePartialDate('2023-02-30'), undefined);
		assert.equal(parsePartialDate('2023-04-31'), undefined);
		assert.equal(parsePartialDate('2023-01-00'), undefined);
		assert.equal(parsePartialDate('2023-01-32'), undefined);
	});

	it('rejects months that do not exist', () => {
		assert.equal(parsePartialDate('2023-13'), undefined);
		assert.equal(parsePartialDate('2023-00'), undefined);
		assert.equal(parsePartialDate('2023-13-01'), undefined);
	});

	it('rejects other shapes', () => {
		for (const text of ['', '23', '2023-1', '2023-1-5', '2023/01/26', '26-01-2023', ' 2023', '2023-01-26T00:00', 'January 2023'])
			assert.equal(parsePartialDate(text), undefined, JSON.stringify(text));
	});
});

describe('partialDateSchema', () => {
	it('accepts strings at each precision', () => {
		assert.deepEqual(partialDateSchema.parse('2023'), { iso: '2023', precision: 'year' });
		assert.deepEqual(partialDateSchema.parse('2023-05'), { iso: '2023-05', precision: 'month' });
		assert.deepEqual(partialDateSchema.parse('2023-01-26'), { iso: '2023-01-26', precision: 'day' });
	});

	it('accepts the Date that YAML makes of an unquoted day', () => {
		assert.deepEqual(partialDateSchema.parse(new Date('2023-01-26')), { iso: '2023-01-26', precision: 'day' });
	});

	it('accepts the number that YAML makes of an unquoted year', () => {
		assert.deepEqual(partialDateSchema.parse(2023), { iso: '2023', precision: 'year' });
	});

	it('rejects an invalid Date and a fractional number', () => {
		assert.deepEqual(messages(partialDateSchema.safeParse(new Date('not a date'))), [
			'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD',
		]);
		assert.deepEqual(messages(partialDateSchema.safeParse(2023.5)), ['must be a date written as YYYY, YYYY-MM or YYYY-MM-DD']);
	});

	it('rejects a missing value', () => {
		assert.equal(partialDateSchema.safeParse(undefined).success, false);
		assert.equal(partialDateSchema.safeParse(null).success, false);
	});

	it('rejects dates that do not exist, quoting them', () => {
		assert.deepEqual(messages(partialDateSchema.safeParse('2023-02-30')), [
			'"2023-02-30" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD',
		]);
		assert.deepEqual(messages(partialDateSchema.safeParse('2023-13')), ['"2023-13" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD']);
	});

	it('rejects future dates at every precision', () => {
		const year = futureYear(2);
		for (const text of [`${year}`, `${year}-03`, `${year}-03-01`]) {
			const found = messages(partialDateSchema.safeParse(text));
			assert.equal(found.length, 1, text);
			assert.match(found[0] ?? '', /future/, text);
			assert.match(found[0] ?? '', new RegExp(text), text);
		}
	});

	it('rejects a future day given as a Date', () => {
		const found = messages(partialDateSchema.safeParse(new Date(Date.UTC(futureYear(1), 0, 1))));
		assert.match(found[0] ?? '', /future/);
	});

	it('accepts today, and the current month and year, which have begun', () => {
		const day = today();
		assert.equal(partialDateSchema.safeParse(day).success, true);
		assert.equal(partialDateSchema.safeParse(day.slice(0, 7)).success, true);
		assert.equal(partialDateSchema.safeParse(day.slice(0, 4)).success, true);
	});
});

describe('daySchema', () => {
	it('accepts a full day', () => {
		assert.deepEqual(daySchema.parse('2023-01-26'), { iso: '2023-01-26', precision: 'day' });
	});

	it('rejects a month or a year', () => {
		assert.deepEqual(messages(daySchema.safeParse('2023-05')), ['must be a full date, YYYY-MM-DD']);
		assert.deepEqual(messages(daySchema.safeParse(2023)), ['must be a full date, YYYY-MM-DD']);
	});

	it('rejects a future day with a message about the future only', () => {
		const found = messages(daySchema.safeParse(`${futureYear(1)}-01-01`));
		assert.equal(found.length, 1);
		assert.match(found[0] ?? '', /future/);
	});
});

describe('earliestDay and latestDay', () => {
	it('are the day itself for a day', () => {
		const date = { iso: '2023-01-26', precision: 'day' } as const;
		assert.equal(earliestDay(date), '2023-01-26');
		assert.equal(latestDay(date), '2023-01-26');
	});

	it('span the month for a month', () => {
		assert.equal(earliestDay({ iso: '2023-05', precision: 'month' }), '2023-05-01');
		assert.equal(latestDay({ iso: '2023-05', precision: 'month' }), '2023-05-31');
		assert.equal(latestDay({ iso: '2023-04', precision: 'month' }), '2023-04-30');
		assert.equal(latestDay({ iso: '2023-12', precision: 'month' }), '2023-12-31');
	});

	it('know how long February is', () => {
		assert.equal(latestDay({ iso: '2023-02', precision: 'month' }), '2023-02-28');
		assert.equal(latestDay({ iso: '2024-02', precision: 'month' }), '2024-02-29');
		assert.equal(latestDay({ iso: '1900-02', precision: 'month' }), '1900-02-28');
		assert.equal(latestDay({ iso: '2000-02', precision: 'month' }), '2000-02-29');
	});

	it('span the year for a year', () => {
		assert.equal(earliestDay({ iso: '2023', precision: 'year' }), '2023-01-01');
		assert.equal(latestDay({ iso: '2023', precision: 'year' }), '2023-12-31');
	});

	it('compare as strings in calendar order', () => {
		assert.ok(earliestDay({ iso: '2023-05', precision: 'month' }) <= latestDay({ iso: '2023', precision: 'year' }));
		assert.ok(latestDay({ iso: '2022-12', precision: 'month' }) < earliestDay({ iso: '2023', precision: 'year' }));
	});
});

describe('today', () => {
	it('is the current UTC day as YYYY-MM-DD', () => {
		assert.match(today(), /^\d{4}-\d{2}-\d{2}$/);
		assert.equal(today(), new Date().toISOString().slice(0, 10));
	});
});
