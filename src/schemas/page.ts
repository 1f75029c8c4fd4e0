import { z } from 'astro/zod';
import { text, title } from './text.ts';

/**
 * A stand-alone page written by editors, such as About. The file name is its id and its address;
 * its translation has the same file name in a language folder (content/pages/es/about.mdx).
 */
export const pageSchema = z
	.object({
		title: title(),
		description: text().max(320),
	})
	.strict();
