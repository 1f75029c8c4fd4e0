import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName, ENTRY_COLLECTIONS } from './collections.ts';
import type { ContentFile } from './load-files.ts';
import { citedSourceIds } from './citations.ts';
import { objects, rawData, strings } from './raw-data.ts';
import { checkRecord } from './record-checks.ts';
import { checkTranslations } from './translation-checks.ts';

export interface Problem {
	file: string;
	/** Dotted path of the field, e.g. `figures[0].source`; empty for the file as a whole. */
	field: string;
	message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
		.join('');
}

/** In the stand-alone check an image is a path that must exist beside the entry; the site build then processes it with astro:assets. */
function imagePathSchema(file: ContentFile) {
	return z.string().refine((path) => existsSync(resolve(dirname(file.absolutePath), path)), {
		message: 'no image file at this path (it is read relative to the entry file)',
	});
}

/** The reference fields of an entry, read from its raw frontmatter so that they are checked even when other fields are wrong. */
interface References {
	authors: unknown;
	tags: unknown;
	sources: unknown;
	summaryOf: unknown;
	figures: unknown;
	events: unknown;
}

function figureIds(value: unknown): { index: number; id: string }[] {
	return objects(value).flatMap(({ index, item }) => (typeof item.id === 'string' ? [{ index, id: item.id }] : []));
}

function checkSchema(file: ContentFile): Problem[] {
	const schema = COLLECTIONS[file.collection].schema(imagePathSchema(file));
	const result = schema.safeParse(file.data ?? {});
	if (result.success) return [];
	return result.error.issues.map((issue) => ({ file: file.file, field: formatPath(issue.path), message: issue.message }));
}

/**
 * Checks every file against its schema and every reference across files, and returns all problems
 * found in all files, so that an editor sees everything to fix at once.
 */
export function validateContent(files: readonly ContentFile[]): Problem[] {
	const problems: Problem[] = [];
	const ids = new Map<CollectionName, Map<string, string>>();

	for (const file of files) {
		const seen = ids.get(file.collection) ?? new Map<string, string>();
		ids.set(file.collection, seen);
		const earlier = seen.get(file.id);
		if (earlier !== undefined)
			problems.push({ file: file.file, field: '', message: `duplicate id "${file.id}": ${earlier} has it too` });
		else seen.set(file.id, file.file);

		if (file.parseError !== undefined) problems.push({ file: file.file, field: '', message: file.parseError });
		else problems.push(...checkSchema(file));
	}

	const has = (collection: CollectionName, id: string) => ids.get(collection)?.has(id) ?? false;
	const figureOwners = new Map<string, string>();
	const expect = (file: ContentFile, collection: CollectionName, field: string, values: string[]) =>
		values.forEach((id, index) => {
			if (!has(collection, id))
				problems.push({
					file: file.file,
					field: `${field}[${index}]`,
					message: `no ${collection} entry "${id}" (there is no ${COLLECTIONS[collection].folder}/${id}.${COLLECTIONS[collection].extension} in the content folder)`,
				});
		});

	// Events name the sources that date them.
	for (const file of files) {
		if (file.collection !== 'events' || file.parseError !== undefined) continue;
		expect(file, 'sources', 'sources', strings(rawData(file).sources));
	}

	for (const file of files) {
		// Entries refer to authors, topics, sources and events; a source's `authors` are names as printed, not ids.
		if (!(ENTRY_COLLECTIONS as readonly string[]).includes(file.collection) || file.parseError !== undefined) continue;
		const data = rawData(file) as Partial<References>;
		expect(file, 'authors', 'authors', strings(data.authors));
		expect(file, 'topics', 'tags', strings(data.tags));
		expect(file, 'sources', 'sources', strings(data.sources));
		expect(file, 'events', 'events', strings(data.events));
		if (typeof data.summaryOf === 'string' && !has('sources', data.summaryOf))
			problems.push({ file: file.file, field: 'summaryOf', message: `no sources entry "${data.summaryOf}"` });

		for (const { index, id } of figureIds(data.figures)) {
			const owner = figureOwners.get(id);
			if (owner !== undefined && owner !== file.file)
				problems.push({
					file: file.file,
					field: `figures[${index}].id`,
					message: `figure id "${id}" is already used in ${owner}; figure ids are unique across the site`,
				});
			else figureOwners.set(id, file.file);
		}

		const listed = new Set(strings(data.sources));
		for (const id of citedSourceIds(file.body)) {
			if (!listed.has(id))
				problems.push({
					file: file.file,
					field: 'body',
					message: `<Cite id="${id}" /> names a source that is not in this entry's sources`,
				});
		}
	}
	problems.push(...checkRecord(files), ...checkTranslations(files));
	return problems;
}

/** Problems grouped by file, one line per field; a message of several lines (a YAML error) stays indented under its file. */
export function formatProblems(problems: readonly Problem[]): string {
	const byFile = Map.groupBy(problems, (problem) => problem.file);
	const lines = [`${problems.length} content problem${problems.length === 1 ? '' : 's'}:`];
	for (const [file, fileProblems] of byFile) {
		lines.push('', file);
		for (const { field, message } of fileProblems) {
			const [first, ...rest] = message.trimEnd().split('\n');
			lines.push(`  ${field === '' ? '(file)' : field}: ${first}`, ...rest.map((line) => `      ${line}`.trimEnd()));
		}
	}
	return lines.join('\n');
}
