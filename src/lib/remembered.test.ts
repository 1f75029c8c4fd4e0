import assert from 'node:assert/strict';
import { test } from 'node:test';
import { remembered } from './remembered.ts';

test('a value is made once per key and then found', () => {
	const cache = new Map<string, string>();
	let made = 0;
	const make = (text: string) => () => {
		made += 1;
		return text;
	};
	assert.equal(remembered(cache, 'a', make('first')), 'first');
	assert.equal(remembered(cache, 'a', make('second')), 'first');
	assert.equal(remembered(cache, 'b', make('other')), 'other');
	assert.equal(made, 2);
});
