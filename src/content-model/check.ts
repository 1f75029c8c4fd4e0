import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import type { ContentFile } from './content-file.ts';
import { checkRecord } from './checks/record.ts';
import { checkReferences } from './checks/references.ts';
import { checkTranslations } from './checks/translations.ts';
import { formatPath, type Problem } from './problems.ts';

/** Every problem in the content, each file's own and those across files, so that an editor sees everything to fix at once. */
export function checkContent(files: readonly ContentFile[]): Problem[] {
	return [...files.flatMap(fileProblems), ...checkReferences(files), ...checkRecord(files), ...checkTranslations(files)];
}

/** What is wrong with a file on its own: unreadable, refused by its schema, a body outside the article format. */
export function fileProblems(file: ContentFile): Problem[] {
	return [...file.problems, ...(file.body?.refused ?? []).map(({ line, message }) => ({ file: file.file, field: `line ${line}`, message }))];
}

// The image path is checked against the file system by checkReferences; here it is any string.
const schemas = {} as Record<CollectionName, z.ZodType>;
for (const name of Object.keys(COLLECTIONS) as CollectionName[]) schemas[name] = COLLECTIONS[name].schema(z.string());

/** What a collection's schema finds wrong with a file's data, field by field; none when it is accepted. */
export function schemaProblems(collection: CollectionName, file: string, data: unknown): Problem[] {
	const result = schemas[collection].safeParse(data ?? {});
	if (result.success) return [];
	return result.error.issues.map((issue) => ({ file, field: formatPath(issue.path), message: issue.message }));
}
