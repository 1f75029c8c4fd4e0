import type { ContentFile } from './load-files.ts';

/** The frontmatter or YAML of a file as read, or an empty object when it is not an object. */
export function rawData(file: ContentFile): Record<string, unknown> {
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
