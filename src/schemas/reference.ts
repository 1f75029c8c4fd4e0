import { z } from 'astro/zod';
import { createReference } from 'astro/content/runtime';
import { idSchema } from './id.ts';

// The function astro:content exports as reference(), taken from Astro's runtime so that the schemas load outside Vite (unit tests).
const astroReference = createReference();

/** A link to an entry of another collection, written as its id: stored as `{ collection, id }`, as Astro's reference() stores it. */
export function reference<C extends string>(collection: C) {
	return idSchema.pipe(astroReference(collection) as unknown as z.ZodType<{ collection: C; id: string }, string>);
}

/** The ids of a list of links. */
export const idsOf = (references: readonly { id: string }[]): string[] => references.map((link) => link.id);
