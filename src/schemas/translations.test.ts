import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'astro/zod';
import { languageName, TRANSLATION_LANGUAGES } from '../i18n/languages.ts';
import { optionalTranslationsField, translationsField } from './translations.ts';

const field = translationsField({ name: z.string().min(1) }, 'the name');
const complete = Object.fromEntries(TRANSLATION_LANGUAGES.map((lang) => [lang, { name: `name in ${lang}` }]));

function issues(value: unknown) {
	const result = field.safeParse(value);
	return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('translationsField', () => {
	it('takes the prose in every language but the default', () => {
		assert.deepEqual(issues(complete), []);
	});

	it('names the language missing, even when other languages are there', () => {
		for (const lang of TRANSLATION_LANGUAGES) {
			const { [lang]: _left, ...others } = complete;
			assert.deepEqual(issues(others), [{ path: lang, message: `missing: give the name in ${languageName(lang, 'en')} under translations.${lang}` }]);
		}
	});

	it('asks for translations when there are none at all', () => {
		assert.deepEqual(issues(undefined), [{ path: '', message: `missing: add translations, with the name in ${TRANSLATION_LANGUAGES.join(', ')}` }]);
	});

	it('refuses a language the site is not written in, and a field the record does not translate', () => {
		assert.deepEqual(
			issues({ ...complete, fr: { name: 'nom' } }).map((issue) => issue.path),
			[''],
		);
		assert.deepEqual(
			issues(Object.fromEntries(TRANSLATION_LANGUAGES.map((lang) => [lang, { name: 'x', bio: 'y' }]))).map((issue) => issue.path),
			TRANSLATION_LANGUAGES.map((lang) => lang),
		);
	});
});

describe('optionalTranslationsField', () => {
	const optional = optionalTranslationsField({ notes: z.string().min(1).optional() });

	it('may be left out, or give some languages', () => {
		assert.ok(optional.safeParse(undefined).success);
		assert.ok(optional.safeParse({}).success);
	});

	it('still refuses a language the site is not written in', () => {
		assert.equal(optional.safeParse({ fr: { notes: 'x' } }).success, false);
	});
});
