import { z } from 'astro/zod';

/** A topic that entries can be tagged with. The file name is its id. */
export const topicSchema = z
	.object({
		name: z.string().min(1),
		description: z.string().min(1),
	})
	.strict();

export type Topic = z.output<typeof topicSchema>;
