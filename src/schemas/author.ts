import { z } from 'astro/zod';

export const authorSchema = z
	.object({
		name: z.string().min(1),
		bio: z.string().min(1),
		affiliation: z.string().min(1).optional(),
		links: z
			.array(z.object({ label: z.string().min(1), url: z.url({ protocol: /^https?$/ }) }).strict())
			.optional(),
	})
	.strict();

export type Author = z.output<typeof authorSchema>;
