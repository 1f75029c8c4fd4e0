import { z } from 'astro/zod';
import { translationsField } from './translations.ts';

/** A topic that entries can be tagged with. The file name is its id. */
export const topicSchema = z
	.object({
		name: z.string().min(1),
		description: z.string().min(1),
		/** The name and description in every other language of the site: `translations: { es: { name, description } }`. */
		translations: translationsField({ name: z.string().min(1), description: z.string().min(1) }, 'the name and description'),
	})
	.strict();

export type Topic = z.output<typeof topicSchema>;
