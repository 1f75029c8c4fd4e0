import { z } from 'astro/zod';
import { text } from './text.ts';
import { proseFields } from './entry.ts';
import { idSchema } from './id.ts';
import { daySchema } from './partial-date.ts';

/**
 * A figure's prose, translated: who was counted, by whom, where, and the labels of its breakdown.
 * Its number, dates, source and the source's own wording are never translated: they come from the
 * original, so that a figure cannot differ between languages.
 */
export const figureProseSchema = z
	.object({
		victims: text().optional(),
		perpetrator: text().optional(),
		region: text().optional(),
		/** The labels of the original's breakdown, in the same order. */
		breakdown: z.array(text()).optional(),
	})
	.strict();

/**
 * A translation of an article or summary: content/articles/<lang>/<id>.mdx beside content/articles/<id>.mdx.
 * It holds only what is written anew; authors, topics, countries, sources, figures and events are the original's.
 */
export const entryTranslationSchema = z
	.object({
		...proseFields,
		/** The day the translation was published. */
		translated: daySchema,
		updated: daySchema.optional(),
		/** The prose of each of the original's figures that has any, by figure id. */
		figures: z.record(idSchema, figureProseSchema).default({}),
		/** The featured image's description, when the original has an image. */
		image: z
			.object({ alt: text('describe the image for readers who cannot see it') })
			.strict()
			.optional(),
	})
	.strict()
	.superRefine((translation, ctx) => {
		if (translation.updated && translation.updated.iso < translation.translated.iso)
			ctx.addIssue({ code: 'custom', path: ['updated'], message: 'updated is before translated' });
		translation.corrections.forEach((correction, index) => {
			if (correction.date.iso < translation.translated.iso)
				ctx.addIssue({ code: 'custom', path: ['corrections', index, 'date'], message: 'a correction cannot predate the translation' });
		});
	});

export type EntryTranslation = z.output<typeof entryTranslationSchema>;
export type FigureProse = z.output<typeof figureProseSchema>;
