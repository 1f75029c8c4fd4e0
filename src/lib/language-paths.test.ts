import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_LANGUAGE, LANGUAGES, TRANSLATION_LANGUAGES } from '../i18n/languages.ts';
import { languageOfPath, languageParam } from './language-paths.ts';

describe('languageOfPath', () => {
	for (const base of ['/', '/campaign/']) {
		describe(`under the base ${base}`, () => {
			it('reads the default language at the root and every other under its prefix', () => {
				assert.equal(languageOfPath(base, base), DEFAULT_LANGUAGE);
				for (const lang of TRANSLATION_LANGUAGES) {
					assert.equal(languageOfPath(`${base}${lang}/`, base), lang);
					assert.equal(languageOfPath(`${base}${lang}`, base), lang);
					assert.equal(languageOfPath(`${base}${lang}/archive/2/`, base), lang);
				}
			});

			it('reads the language from the first segment only, not from a country code or parameter further on', () => {
				assert.equal(languageOfPath(`${base}countries/es/`, base), DEFAULT_LANGUAGE);
				assert.equal(languageOfPath(`${base}countries/es/rss.xml`, base), DEFAULT_LANGUAGE);
				assert.equal(languageOfPath(`${base}topics/en/`, base), DEFAULT_LANGUAGE);
				assert.equal(languageOfPath(`${base}es/countries/es/`, base), 'es');
				assert.equal(languageOfPath(`${base}es/countries/en/`, base), 'es');
			});

			it('reads the 404 pages, as built and as served', () => {
				assert.equal(languageOfPath(`${base}404.html`, base), DEFAULT_LANGUAGE);
				assert.equal(languageOfPath(`${base}es/404.html`, base), 'es');
				assert.equal(languageOfPath(`${base}es/404/`, base), 'es');
			});

			it('takes a segment that only begins like a language, or a file, as the default language', () => {
				assert.equal(languageOfPath(`${base}espanol/`, base), DEFAULT_LANGUAGE);
				assert.equal(languageOfPath(`${base}es.html`, base), DEFAULT_LANGUAGE);
				assert.equal(languageOfPath(`${base}data/figures.json`, base), DEFAULT_LANGUAGE);
			});

			it('reads back every language from the parameter that builds its addresses', () => {
				for (const lang of LANGUAGES) {
					const prefix = languageParam(lang);
					assert.equal(languageOfPath(`${base}${prefix === undefined ? '' : `${prefix}/`}about/`, base), lang);
				}
			});
		});
	}

	it('does not look for a language outside the base', () => {
		assert.equal(languageOfPath('/es/', '/campaign/'), DEFAULT_LANGUAGE);
		assert.equal(languageOfPath('/es/campaign/', '/campaign/'), DEFAULT_LANGUAGE);
	});
});
