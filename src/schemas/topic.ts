import { z } from 'astro/zod';
import { text } from './text.ts';
import { translationsField } from './translations.ts';

/** A topic that entries can be tagged with. The file name is its id. */
export const topicSchema = z
	.object({
		name: text(),
		description: text(),
		/** The name and description in every other language of the site: `translations: { es: { name, description } }`. */
		translations: translationsField({ name: text(), description: text() }, 'the name and description'),
	})
	.strict();

export type Topic = z.output<typeof topicSchema>;
