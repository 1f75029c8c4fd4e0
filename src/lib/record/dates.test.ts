import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PartialDate } from '../../schemas/partial-date.ts';
import { compareDates, dateSpan, dayFromNumber, dayNumber } from './dates.ts';

const day = (iso: string): PartialDate => ({ iso, precision: 'day' });
const month = (iso: string): PartialDate => ({ iso, precision: 'month' });
const year = (iso: string): PartialDate => ({ iso, precision: 'year' });

describe('dayNumber and dayFromNumber', () => {
	it('count days from 1970 in UTC and back', () => {
		assert.equal(dayNumber('1970-01-01'), 0);
		assert.equal(dayNumber('1970-01-02'), 1);
		assert.equal(dayNumber('2023-01-26') - dayNumber('2022-12-07'), 50);
		assert.equal(dayFromNumber(dayNumber('2024-02-29')), '2024-02-29');
	});
});

describe('dateSpan', () => {
	it('is one day for a day', () => {
		const span = dateSpan(day('2023-01-26'));
		assert.equal(span.start, span.end);
		assert.equal(span.middle, span.start);
	});

	it('runs across a month, placing it mid-month', () => {
		const span = dateSpan(month('2023-01'));
		assert.equal(dayFromNumber(span.start), '2023-01-01');
		assert.equal(dayFromNumber(span.end), '2023-01-31');
		assert.equal(dayFromNumber(span.middle), '2023-01-16');
	});

	it('runs across a year, placing it mid-year', () => {
		const span = dateSpan(year('2023'));
		assert.equal(dayFromNumber(span.start), '2023-01-01');
		assert.equal(dayFromNumber(span.end), '2023-12-31');
		assert.equal(dayFromNumber(Math.floor(span.middle)), '2023-07-02');
	});
});

describe('compareDates', () => {
	it('orders by the middle of each date, so a year comes after the months of its first half', () => {
		const dates = [year('2023'), day('2023-01-26'), month('2023-05'), month('2023-01'), day('2022-12-07'), month('2023-07')];
		assert.deepEqual(
			dates.toSorted(compareDates).map((date) => date.iso),
			['2022-12-07', '2023-01', '2023-01-26', '2023-05', '2023', '2023-07'],
		);
	});

	it('puts the narrower date first when two share a middle', () => {
		assert.ok(compareDates(day('2023-01-16'), month('2023-01')) < 0);
		assert.ok(compareDates(month('2023-01'), day('2023-01-16')) > 0);
		assert.equal(compareDates(month('2023-01'), month('2023-01')), 0);
	});
});
