import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { text, title, TITLE_MAX } from './text.ts';

describe('text', () => {
	it('accepts words in any script, with tabs and line breaks', () => {
		for (const value of ['Represión en Puno', 'Ñuqanchik', 'línea uno\nlínea dos', 'a\tb', 'עברית', '“quoted” – dash …'])
			assert.equal(text().safeParse(value).success, true, value);
	});

	it('refuses control characters, DEL and bidi marks, naming the character and where it is', () => {
		for (const character of ['\u0000', '\u0007', '\u000B', '\u000C', '\u001B', '\u007F', '\u202A', '\u202E', '\u2066', '\u2069']) {
			const result = text().safeParse(`ab${character}cd`);
			assert.equal(result.success, false, JSON.stringify(character));
			const code = `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
			assert.match(result.error?.issues[0]?.message ?? '', new RegExp(`\\(${code.replace('+', '\\+')}\\) at character 3`));
		}
	});

	it('refuses an empty text', () => {
		assert.equal(text().safeParse('').success, false);
	});
});

describe('title', () => {
	it(`allows ${TITLE_MAX} characters and no more, saying why`, () => {
		assert.equal(title().safeParse('x'.repeat(TITLE_MAX)).success, true);
		const result = title().safeParse('x'.repeat(TITLE_MAX + 1));
		assert.match(result.error?.issues[0]?.message ?? '', /fits the share card and search results/);
	});
});
