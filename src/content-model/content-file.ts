import type { Body } from './body.ts';
import type { CollectionName } from './collections.ts';
import type { Problem } from './problems.ts';
import { type PartialDate, partialDateSchema } from '../schemas/partial-date.ts';

/** One file of content/ as the content check sees it: what Astro's parser read, before any schema. */
export interface ContentFile {
	collection: CollectionName;
	id: string;
	/** As an editor would type it, relative to the project: `content/articles/x.mdx`. */
	file: string;
	absolutePath: string;
	/** The frontmatter or YAML as read; undefined when the file could not be read. */
	data: unknown;
	/** What an MDX body holds; undefined for YAML files and unreadable bodies. */
	body: Body | undefined;
	/** What is wrong with the file on its own: unreadable, refused by its schema, a body that does not parse (see also Body.refused). */
	problems: Problem[];
}

/** The frontmatter or YAML of a file as read, or an empty object when it is not an object. */
export function rawData(file: Pick<ContentFile, 'data'>): Record<string, unknown> {
	return typeof file.data === 'object' && file.data !== null ? (file.data as Record<string, unknown>) : {};
}

/** The strings of a list field as written, ignoring anything else; nothing when it is not a list. */
export function strings(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The objects of a list field as written, each with its index in the list. */
export function objects(value: unknown): { index: number; item: Record<string, unknown> }[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((item: unknown, index) =>
		typeof item === 'object' && item !== null ? [{ index, item: item as Record<string, unknown> }] : [],
	);
}

/** A date field as written (YAML may have read it as a date, a number or a string), or undefined if it is none. */
export function dateIn(value: unknown): PartialDate | undefined {
	const result = partialDateSchema.safeParse(value);
	return result.success ? result.data : undefined;
}
