import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
	countryName,
	formatAxisMonth,
	formatCount,
	formatDate,
	formatList,
	listParts,
	formatNumber,
	formatPeriod,
	formatQuantity,
	formatUnit,
} from './format.ts';

describe('formatDate', () => {
	it('writes a day in full, British style', () => {
		assert.equal(formatDate({ iso: '2023-01-26', precision: 'day' }, 'en'), '26 January 2023');
		assert.equal(formatDate({ iso: '2022-12-07', precision: 'day' }, 'en'), '7 December 2022');
	});

	it('writes a month with its year', () => {
		assert.equal(formatDate({ iso: '2023-05', precision: 'month' }, 'en'), 'May 2023');
		assert.equal(formatDate({ iso: '2023-12', precision: 'month' }, 'en'), 'December 2023');
	});

	it('writes a year alone', () => {
		assert.equal(formatDate({ iso: '2023', precision: 'year' }, 'en'), '2023');
	});

	it('does not shift the first or last day of a year by time zone', () => {
		assert.equal(formatDate({ iso: '2023-01-01', precision: 'day' }, 'en'), '1 January 2023');
		assert.equal(formatDate({ iso: '2022-12-31', precision: 'day' }, 'en'), '31 December 2022');
	});
});

describe('formatPeriod', () => {
	it('joins two dates with a spaced en dash', () => {
		assert.equal(
			formatPeriod({ from: { iso: '2022-12-07', precision: 'day' }, to: { iso: '2023-01', precision: 'month' } }, 'en'),
			'7 December 2022 – January 2023',
		);
	});

	it('writes a period that begins and ends on the same date once', () => {
		const day = { iso: '2023-01-26', precision: 'day' } as const;
		assert.equal(formatPeriod({ from: day, to: day }, 'en'), '26 January 2023');
	});
});

describe('formatNumber', () => {
	it('groups thousands with commas', () => {
		assert.equal(formatNumber(7, 'en'), '7');
		assert.equal(formatNumber(1200, 'en'), '1,200');
		assert.equal(formatNumber(1234567, 'en'), '1,234,567');
	});
});

describe('formatQuantity', () => {
	it('writes an exact number bare', () => {
		assert.equal(formatQuantity({ qualifier: 'exact', value: 48 }, 'en'), '48');
		assert.equal(formatQuantity({ qualifier: 'exact', value: 0 }, 'en'), '0');
	});

	it('puts each qualifier before the number', () => {
		assert.equal(formatQuantity({ qualifier: 'at-least', value: 48 }, 'en'), 'at least 48');
		assert.equal(formatQuantity({ qualifier: 'more-than', value: 70 }, 'en'), 'more than 70');
		assert.equal(formatQuantity({ qualifier: 'nearly', value: 60 }, 'en'), 'nearly 60');
		assert.equal(formatQuantity({ qualifier: 'about', value: 1000 }, 'en'), 'about 1,000');
		assert.equal(formatQuantity({ qualifier: 'estimated', value: 70 }, 'en'), 'an estimated 70');
	});

	it('groups thousands in qualified numbers', () => {
		assert.equal(formatQuantity({ qualifier: 'exact', value: 1200 }, 'en'), '1,200');
		assert.equal(formatQuantity({ qualifier: 'more-than', value: 10000 }, 'en'), 'more than 10,000');
	});

	it('writes a range with an en dash and thousands separators', () => {
		assert.equal(formatQuantity({ qualifier: 'range', min: 1000, max: 1200 }, 'en'), '1,000–1,200');
		assert.equal(formatQuantity({ qualifier: 'range', min: 48, max: 70 }, 'en'), '48–70');
	});
});

describe('formatUnit', () => {
	it('is singular for one and plural otherwise', () => {
		assert.equal(formatUnit('people', { qualifier: 'exact', value: 1 }, 'en'), 'person');
		assert.equal(formatUnit('people', { qualifier: 'exact', value: 2 }, 'en'), 'people');
		assert.equal(formatUnit('people', { qualifier: 'exact', value: 0 }, 'en'), 'people');
		assert.equal(formatUnit('incidents', { qualifier: 'exact', value: 1 }, 'en'), 'incident');
		assert.equal(formatUnit('incidents', { qualifier: 'more-than', value: 200 }, 'en'), 'incidents');
	});

	it('follows the upper end of a range', () => {
		assert.equal(formatUnit('people', { qualifier: 'range', min: 0, max: 1 }, 'en'), 'person');
		assert.equal(formatUnit('people', { qualifier: 'range', min: 1, max: 3 }, 'en'), 'people');
	});
});

describe('countryName', () => {
	it('names countries in the language of the page', () => {
		assert.equal(countryName('PE', 'en'), 'Peru');
		assert.equal(countryName('BO', 'en'), 'Bolivia');
	});
});

describe('formatList', () => {
	it('joins names the English way', () => {
		assert.equal(formatList(['A'], 'en'), 'A');
		assert.equal(formatList(['A', 'B'], 'en'), 'A and B');
		assert.equal(formatList(['A', 'B', 'C'], 'en'), 'A, B and C');
	});

	it('joins them the Spanish way on Spanish pages', () => {
		assert.equal(formatList(['A', 'B', 'C'], 'es'), 'A, B y C');
	});
});

describe('listParts', () => {
	it('gives the items by index and the words between them, as formatList joins them', () => {
		assert.deepEqual(listParts(3, 'en'), [{ item: 0 }, { text: ', ' }, { item: 1 }, { text: ' and ' }, { item: 2 }]);
		assert.deepEqual(listParts(2, 'es'), [{ item: 0 }, { text: ' y ' }, { item: 1 }]);
		assert.deepEqual(listParts(0, 'en'), []);
	});
});

describe('formatCount', () => {
	it('writes the qualified number with its unit', () => {
		assert.equal(formatCount({ qualifier: 'more-than', value: 70, unit: 'people' }, 'en'), 'more than 70 people');
		assert.equal(formatCount({ qualifier: 'exact', value: 1, unit: 'incidents' }, 'en'), '1 incident');
		assert.equal(formatCount({ qualifier: 'range', min: 1000, max: 1200, unit: 'people' }, 'en'), '1,000–1,200 people');
	});
});

describe('formatAxisMonth', () => {
	it('writes a short month, with its year where asked', () => {
		assert.equal(formatAxisMonth('2023-01', true, 'en'), 'Jan 2023');
		assert.equal(formatAxisMonth('2023-04', false, 'en'), 'Apr');
		assert.equal(formatAxisMonth('2022-12', false, 'en'), 'Dec');
	});
});
