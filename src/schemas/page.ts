import { z } from 'astro/zod';
import { LANGUAGES } from '../i18n/languages.ts';

/** A stand-alone page written by editors, such as About. The file name is its id and its address. */
export const pageSchema = z
	.object({
		title: z.string().min(1),
		description: z.string().min(1).max(320),
		lang: z.enum(LANGUAGES).default('en'),
	})
	.strict();
