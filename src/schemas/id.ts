import { z } from 'astro/zod';

/** Ids of authors, sources, topics and figures: lower-case words joined by hyphens. */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be lower-case letters, digits and hyphens, e.g. cnddhh-report-2023' });
