import { z } from 'astro/zod';

/**
 * What a build route writes for an integration that finishes the build (share cards, search index): a
 * JSON file in the output folder, read and deleted once the pages are generated. These check it.
 */

/** A file's path inside the output folder: no empty, "." or ".." segment; `valid` adds a rule of its own. */
export function pathInOutput(message: string, valid: (path: string) => boolean = () => true) {
	return z.string().refine((path) => valid(path) && path.split('/').every((segment) => !['', '.', '..'].includes(segment)), { message });
}

/** The manifest `name` holds, checked by `schema`; every problem is named, with where it is, in one error. */
export function parseManifest<Schema extends z.ZodType>(name: string, text: string, schema: Schema): z.infer<Schema> {
	const parsed = schema.safeParse(JSON.parse(text));
	if (!parsed.success)
		throw new Error(`${name}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(the manifest)'}: ${issue.message}`).join('; ')}`);
	return parsed.data;
}
