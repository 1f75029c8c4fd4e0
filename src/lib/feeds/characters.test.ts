import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutNonXmlCharacters } from './characters.ts';

describe('withoutNonXmlCharacters', () => {
	it('takes out C0 controls other than tab, line feed and carriage return', () => {
		assert.equal(withoutNonXmlCharacters('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg'), 'abcdefg');
		assert.equal(withoutNonXmlCharacters('tab\there\nline\r\n'), 'tab\there\nline\r\n');
	});

	it('takes out U+FFFE, U+FFFF and lone surrogates, and keeps surrogate pairs', () => {
		assert.equal(withoutNonXmlCharacters('a\uFFFEb\uFFFFc'), 'abc');
		assert.equal(withoutNonXmlCharacters('high\uD800 low\uDC00 pair\uD83D\uDE00 reversed\uDE00\uD83D'), 'high low pair\u{1F600} reversed');
	});

	it('keeps every other character', () => {
		const text = 'Ñandú “quoted” — 70 € \u00A0\u007F\u0085\u200B\uE000\uFFFD 中文 \u{10FFFF}';
		assert.equal(withoutNonXmlCharacters(text), text);
	});
});
