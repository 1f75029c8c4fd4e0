import { z } from 'astro/zod';
import { languageName, TRANSLATION_LANGUAGES, type TranslationLanguage } from '../i18n/languages.ts';

/**
 * The `translations` field of a small record (a topic, an author, an event): its prose in every
 * language other than the default, keyed by language code. Required, so that a record can never
 * appear in English on a Spanish page; adding a language means translating every record.
 */
export function translationsField<Shape extends z.ZodRawShape>(shape: Shape, what: string) {
	const byLanguage = Object.fromEntries(
		TRANSLATION_LANGUAGES.map((lang) => [
			lang,
			z
				.object(shape, {
					error: (issue) =>
						issue.input === undefined ? `missing: give ${what} in ${languageName(lang, 'en')} under translations.${lang}` : undefined,
				})
				.strict(),
		]),
	) as unknown as Record<TranslationLanguage, z.ZodObject<Shape, z.core.$strict>>;
	return z
		.object(byLanguage, { error: `missing: add translations, with ${what} in ${TRANSLATION_LANGUAGES.join(', ')}` })
		.strict();
}

/** The same, for records that need a translation only when they have prose of ours (a source's notes). */
export function optionalTranslationsField<Shape extends z.ZodRawShape>(shape: Shape) {
	const prose = z.object(shape).strict();
	return z
		.object(
			Object.fromEntries(TRANSLATION_LANGUAGES.map((lang) => [lang, prose.optional()])) as Record<
				TranslationLanguage,
				z.ZodOptional<typeof prose>
			>,
		)
		.strict()
		.optional();
}
