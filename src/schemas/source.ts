import { z } from 'astro/zod';
import { text } from './text.ts';
import { DEFAULT_LANGUAGE, languageName, TRANSLATION_LANGUAGES } from '../i18n/languages.ts';
import { partialDateSchema } from './partial-date.ts';
import { optionalTranslationsField } from './translations.ts';

export const SOURCE_KINDS = [
	'human-rights-organisation',
	'intergovernmental-body',
	'state-body',
	'press',
	'political-statement',
	'academic',
	'other',
] as const;

/** One document, shared by every entry that cites it. The file name is its id. */
export const sourceSchema = z
	.object({
		title: text(),
		/** True when the document's own title is not known and `title` is our description of it. */
		descriptiveTitle: z.boolean().default(false),
		/** Who published it; `null` when the document itself does not say. */
		publisher: text().nullable(),
		/** Bylines as the document gives them; leave out when it names none. */
		authors: z.array(text()).optional(),
		kind: z.enum(SOURCE_KINDS),
		/** As precisely as known: 2023, 2023-05 or 2023-01-26; `null` when no text gives a date (say what is known in notes). */
		published: partialDateSchema.nullable(),
		/** Only a web address that is actually known. Never a guess. */
		url: z.url({ protocol: /^https?$/, message: 'must be a full http(s) web address' }).optional(),
		/** A party to the events (a government statement, a politician's letter): readers are told so wherever it is cited. */
		partyToEvents: z.boolean().default(false),
		/** Listed on purpose as background reading although no entry or event cites it; the build otherwise refuses a source nobody cites. */
		background: z.boolean().default(false),
		notes: text().optional(),
		/** The language of the document as we read it (a language code: en, es, qu…): quoted wording is marked as being in it. */
		language: z
			.string()
			.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'must be a language code such as en, es or pt-BR' })
			.default(DEFAULT_LANGUAGE),
		/**
		 * Our words about the source in the site's other languages: `notes` when there are notes, `title` only
		 * when the title is our description (a document's own title is never translated), and `publisher`
		 * where the publisher has an established name in that language.
		 */
		translations: optionalTranslationsField({
			title: text().optional(),
			notes: text().optional(),
			publisher: text().optional(),
		}),
	})
	.strict()
	.superRefine((source, ctx) => {
		for (const lang of TRANSLATION_LANGUAGES) {
			const translation = source.translations?.[lang];
			const inLanguage = languageName(lang, 'en');
			if (source.notes !== undefined && translation?.notes === undefined)
				ctx.addIssue({ code: 'custom', path: ['translations', lang, 'notes'], message: `missing: give the notes in ${inLanguage}` });
			if (source.descriptiveTitle && translation?.title === undefined)
				ctx.addIssue({
					code: 'custom',
					path: ['translations', lang, 'title'],
					message: `missing: the title is our description (descriptiveTitle), so give it in ${inLanguage}`,
				});
			if (!source.descriptiveTitle && translation?.title !== undefined)
				ctx.addIssue({
					code: 'custom',
					path: ['translations', lang, 'title'],
					message: 'a document’s own title is never translated; only a descriptive title (descriptiveTitle: true) is',
				});
			if (source.notes === undefined && translation?.notes !== undefined)
				ctx.addIssue({ code: 'custom', path: ['translations', lang, 'notes'], message: 'there are no notes to translate' });
		}
	});

export type Source = z.output<typeof sourceSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
