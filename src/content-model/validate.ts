import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName, ENTRY_COLLECTIONS } from './collections.ts';
import type { ContentFile } from './load-files.ts';
import { citedSourceIds } from './citations.ts';

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

interface ParsedEntry {
	file: ContentFile;
	data: Record<string, unknown> & {
		authors?: string[];
		tags?: string[];
		sources?: string[];
		summaryOf?: string;
		figures?: { id: string; source: string; via?: string }[];
	};
}

/** Checks every file against its schema and every reference across files; returns all problems found. */
export function validateContent(files: readonly ContentFile[]): Problem[] {
	const problems: Problem[] = [];
	const parsed: ParsedEntry[] = [];
	const ids = new Map<CollectionName, Map<string, string>>();

	for (const file of files) {
		const seen = ids.get(file.collection) ?? new Map<string, string>();
		ids.set(file.collection, seen);
		const earlier = seen.get(file.id);
		if (earlier !== undefined)
			problems.push({ file: file.file, field: '', message: `duplicate id "${file.id}": ${earlier} has it too` });
		else seen.set(file.id, file.file);

		if (file.parseError !== undefined) {
			problems.push({ file: file.file, field: '', message: file.parseError });
			continue;
		}
		const schema = COLLECTIONS[file.collection].schema(imagePathSchema(file));
		const result = schema.safeParse(file.data ?? {});
		if (!result.success) {
			for (const issue of result.error.issues)
				problems.push({ file: file.file, field: formatPath(issue.path), message: issue.message });
			continue;
		}
		parsed.push({ file, data: result.data as ParsedEntry['data'] });
	}

	const has = (collection: CollectionName, id: string) => ids.get(collection)?.has(id) ?? false;
	const figureOwners = new Map<string, string>();

	for (const { file, data } of parsed) {
		// Only entries refer to other collections; a source's `authors` are names as printed, not ids.
		if (!(ENTRY_COLLECTIONS as readonly string[]).includes(file.collection)) continue;
		const expect = (collection: CollectionName, field: string, values: readonly string[] | undefined) =>
			values?.forEach((id, index) => {
				if (!has(collection, id))
					problems.push({
						file: file.file,
						field: `${field}[${index}]`,
						message: `no ${collection} entry "${id}" (expected content/${COLLECTIONS[collection].folder}/${id}.${COLLECTIONS[collection].extension})`,
					});
			});
		expect('authors', 'authors', data.authors);
		expect('topics', 'tags', data.tags);
		expect('sources', 'sources', data.sources);
		if (data.summaryOf !== undefined && !has('sources', data.summaryOf))
			problems.push({ file: file.file, field: 'summaryOf', message: `no sources entry "${data.summaryOf}"` });

		data.figures?.forEach((figure, index) => {
			const owner = figureOwners.get(figure.id);
			if (owner !== undefined && owner !== file.file)
				problems.push({
					file: file.file,
					field: `figures[${index}].id`,
					message: `figure id "${figure.id}" is already used in ${owner}; figure ids are unique across the site`,
				});
			else figureOwners.set(figure.id, file.file);
		});

		const listed = new Set(data.sources ?? []);
		for (const id of citedSourceIds(file.body)) {
			if (!listed.has(id))
				problems.push({
					file: file.file,
					field: 'body',
					message: `<Cite id="${id}" /> names a source that is not in this entry's sources`,
				});
		}
	}
	return problems;
}

export function formatProblems(problems: readonly Problem[]): string {
	const byFile = Map.groupBy(problems, (problem) => problem.file);
	const lines = [`${problems.length} content problem${problems.length === 1 ? '' : 's'}:`];
	for (const [file, fileProblems] of byFile) {
		lines.push('', file);
		for (const { field, message } of fileProblems) lines.push(`  ${field === '' ? '(file)' : field}: ${message}`);
	}
	return lines.join('\n');
}
