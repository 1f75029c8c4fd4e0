import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, languageName, LOCALES, TRANSLATION_LANGUAGES } from './languages.ts';

describe('languages', () => {
	it('serves the default language first and translates into every other', () => {
		assert.equal(LANGUAGES[0], DEFAULT_LANGUAGE);
		assert.deepEqual([DEFAULT_LANGUAGE, ...TRANSLATION_LANGUAGES], [...LANGUAGES]);
	});

	it('has a locale Intl knows for every language', () => {
		for (const lang of LANGUAGES) assert.deepEqual(Intl.DateTimeFormat.supportedLocalesOf([LOCALES[lang]]), [LOCALES[lang]]);
	});

	it('names a language in its own language, or in another', () => {
		assert.equal(languageName('es'), 'Español');
		assert.equal(languageName('en'), 'English');
		assert.equal(languageName('en', 'es'), 'Inglés');
	});

	it('tells a language of the site from anything else', () => {
		assert.ok(isLanguage('es'));
		assert.ok(!isLanguage('fr'));
		assert.ok(!isLanguage(undefined));
	});
});
