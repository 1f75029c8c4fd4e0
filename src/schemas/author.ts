import { z } from 'astro/zod';
import { text } from './text.ts';
import { translationsField } from './translations.ts';

export const authorSchema = z
	.object({
		name: text(),
		bio: text(),
		affiliation: text().optional(),
		links: z
			.array(z.object({ label: text(), url: z.url({ protocol: /^https?$/ }) }).strict())
			.optional(),
		/** The bio in every other language of the site, and the name where it is translated (a team's, not a person's). */
		translations: translationsField({ name: text().optional(), bio: text() }, 'the bio'),
	})
	.strict();

export type Author = z.output<typeof authorSchema>;
