import { z } from 'astro/zod';

/**
 * A stand-alone page written by editors, such as About. The file name is its id and its address;
 * its translation has the same file name in a language folder (content/pages/es/about.mdx).
 */
export const pageSchema = z
	.object({
		title: z.string().min(1),
		description: z.string().min(1).max(320),
	})
	.strict();
