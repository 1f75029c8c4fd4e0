import type { z } from 'astro/zod';

/** Adds an issue for every value that appears more than once in a list field. */
export function rejectDuplicates(field: string, values: readonly string[], ctx: z.RefinementCtx): void {
	const seen = new Set<string>();
	values.forEach((value, index) => {
		if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [field, index], message: `"${value}" is listed twice` });
		seen.add(value);
	});
}
