import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, languageLabel, languageName, LOCALES, TRANSLATION_LANGUAGES } from './languages.ts';

describe('languages', () => {
	it('serves the default language first and translates into every other', () => {
		assert.equal(LANGUAGES[0], DEFAULT_LANGUAGE);
		assert.deepEqual([DEFAULT_LANGUAGE, ...TRANSLATION_LANGUAGES], [...LANGUAGES]);
	});

	it('has a locale Intl knows for every language', () => {
		for (const lang of LANGUAGES) assert.deepEqual(Intl.DateTimeFormat.supportedLocalesOf([LOCALES[lang]]), [LOCALES[lang]]);
	});

	it('names a language in its own language, or in another', () => {
		assert.equal(languageName('es'), 'español');
		assert.equal(languageName('en', 'es'), 'inglés');
		assert.equal(languageName('es', 'en'), 'Spanish');
	});

	it('labels a language standing alone with a capital, in its own language', () => {
		assert.equal(languageLabel('es'), 'Español');
		assert.equal(languageLabel('en'), 'English');
	});

	it('tells a language of the site from anything else', () => {
		assert.ok(isLanguage('es'));
		assert.ok(!isLanguage('fr'));
		assert.ok(!isLanguage(undefined));
	});
});
