import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QUALIFIERS } from '../../schemas/figure.ts';
import { figureBounds } from './bounds.ts';

describe('figureBounds', () => {
	it('pins an exact count at both ends', () => {
		assert.deepEqual(figureBounds({ qualifier: 'exact', value: 48 }), { lower: 48, upper: 48 });
		assert.deepEqual(figureBounds({ qualifier: 'exact', value: 0 }), { lower: 0, upper: 0 });
	});

	it('gives "at least" a floor and no ceiling', () => {
		assert.deepEqual(figureBounds({ qualifier: 'at-least', value: 14 }), { lower: 14, upper: null });
	});

	it('starts "more than" at the next whole number, with no ceiling', () => {
		assert.deepEqual(figureBounds({ qualifier: 'more-than', value: 70 }), { lower: 71, upper: null });
		assert.deepEqual(figureBounds({ qualifier: 'more-than', value: 0 }), { lower: 1, upper: null });
	});

	it('gives "nearly" a ceiling at the number and no floor', () => {
		assert.deepEqual(figureBounds({ qualifier: 'nearly', value: 60 }), { lower: null, upper: 60 });
	});

	it('sets no bound for "about" and "estimated", which may lie either side', () => {
		assert.deepEqual(figureBounds({ qualifier: 'about', value: 1000 }), { lower: null, upper: null });
		assert.deepEqual(figureBounds({ qualifier: 'estimated', value: 70 }), { lower: null, upper: null });
	});

	it('takes a range’s ends as they are', () => {
		assert.deepEqual(figureBounds({ qualifier: 'range', min: 1000, max: 1200 }), { lower: 1000, upper: 1200 });
		assert.deepEqual(figureBounds({ qualifier: 'range', min: 5, max: 5 }), { lower: 5, upper: 5 });
	});

	it('never puts the lower bound above the upper, for any qualifier', () => {
		for (const qualifier of QUALIFIERS) {
			const bounds = figureBounds(qualifier === 'range' ? { qualifier, min: 3, max: 9 } : { qualifier, value: 9 });
			if (bounds.lower !== null && bounds.upper !== null) assert.ok(bounds.lower <= bounds.upper, qualifier);
		}
	});

	it('keeps the figure’s number inside its bounds, where there are any', () => {
		for (const qualifier of QUALIFIERS.filter((qualifier) => qualifier !== 'range' && qualifier !== 'more-than')) {
			const { lower, upper } = figureBounds({ qualifier, value: 50 });
			assert.ok(lower === null || lower <= 50, qualifier);
			assert.ok(upper === null || upper >= 50, qualifier);
		}
	});
});
