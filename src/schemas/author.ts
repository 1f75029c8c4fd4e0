import { z } from 'astro/zod';
import { translationsField } from './translations.ts';

export const authorSchema = z
	.object({
		name: z.string().min(1),
		bio: z.string().min(1),
		affiliation: z.string().min(1).optional(),
		links: z
			.array(z.object({ label: z.string().min(1), url: z.url({ protocol: /^https?$/ }) }).strict())
			.optional(),
		/** The bio in every other language of the site, and the name where it is translated (a team's, not a person's). */
		translations: translationsField({ name: z.string().min(1).optional(), bio: z.string().min(1) }, 'the bio'),
	})
	.strict();

export type Author = z.output<typeof authorSchema>;
