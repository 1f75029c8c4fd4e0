import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGUAGES } from '../i18n/languages.ts';
import { searchUiStrings } from './search-strings.ts';

describe('searchUiStrings', () => {
	for (const lang of LANGUAGES)
		it(`gives Pagefind every string in ${lang}, with Pagefind's placeholders`, () => {
			const strings = searchUiStrings(lang);
			for (const [key, text] of Object.entries(strings)) {
				assert.notEqual(text.trim(), '', `${key} is empty`);
				assert.doesNotMatch(text, /\{\w+\}/, `${key} keeps a placeholder of ui.ts: ${text}`);
			}
			assert.match(strings.many_results, /\[COUNT\].*\[SEARCH_TERM\]|\[SEARCH_TERM\].*\[COUNT\]/);
			assert.match(strings.zero_results, /\[SEARCH_TERM\]/);
			assert.match(strings.alt_search, /\[DIFFERENT_TERM\]/);
		});
});
