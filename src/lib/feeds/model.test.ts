import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayToDate, lastChanged } from './model.ts';
import { NEWER, OLDER_BUT_UPDATED } from '../../../tests/support/feed-data.ts';

describe('dayToDate', () => {
	it('is midnight UTC of the day, whatever the machine’s time zone', () => {
		assert.equal(dayToDate('2023-01-01').toISOString(), '2023-01-01T00:00:00.000Z');
		assert.equal(dayToDate('2022-12-31').toUTCString(), 'Sat, 31 Dec 2022 00:00:00 GMT');
	});
});

describe('lastChanged', () => {
	it('is the latest published or updated date among the items', () => {
		assert.equal(lastChanged([NEWER, OLDER_BUT_UPDATED])?.toISOString(), '2026-11-02T00:00:00.000Z');
		assert.equal(lastChanged([NEWER])?.toISOString(), '2026-10-14T00:00:00.000Z');
	});

	it('is undefined for a feed without items', () => {
		assert.equal(lastChanged([]), undefined);
	});
});
