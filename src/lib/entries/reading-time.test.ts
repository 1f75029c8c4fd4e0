import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readingMinutes } from './reading-time.ts';

describe('readingMinutes', () => {
	it('is never less than one minute', () => {
		assert.equal(readingMinutes(0, 220), 1);
		assert.equal(readingMinutes(3, 220), 1);
	});

	it('rounds to whole minutes', () => {
		assert.equal(readingMinutes(440, 220), 2);
		assert.equal(readingMinutes(549, 220), 2);
		assert.equal(readingMinutes(551, 220), 3);
	});
});
