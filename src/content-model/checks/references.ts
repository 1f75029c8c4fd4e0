import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { COLLECTIONS, type CollectionName, ENTRY_COLLECTIONS } from '../collections.ts';
import { type ContentFile, objects, rawData, strings } from '../content-file.ts';
import type { Problem } from '../problems.ts';

const isEntry = (file: ContentFile) => (ENTRY_COLLECTIONS as readonly string[]).includes(file.collection);

/**
 * Every id an entry or event names exists, figure ids are unique across the site, each `<Cite>`
 * names one of the entry's sources, and an entry's image is beside it. They read the files as
 * written, so that they still run in a file that its schema refused.
 */
export function checkReferences(files: readonly ContentFile[]): Problem[] {
	const problems: Problem[] = [];
	const ids = new Map<CollectionName, Map<string, string>>();
	for (const file of files) {
		const seen = ids.get(file.collection) ?? new Map<string, string>();
		ids.set(file.collection, seen);
		const earlier = seen.get(file.id);
		if (earlier !== undefined) problems.push({ file: file.file, field: '', message: `duplicate id "${file.id}": ${earlier} has it too` });
		else seen.set(file.id, file.file);
	}
	const has = (collection: CollectionName, id: string) => ids.get(collection)?.has(id) ?? false;
	const expect = (file: ContentFile, collection: CollectionName, field: string, values: string[]) =>
		values.forEach((id, index) => {
			if (!has(collection, id))
				problems.push({
					file: file.file,
					field: `${field}[${index}]`,
					message: `no ${collection} entry "${id}" (there is no ${COLLECTIONS[collection].folder}/${id}.${COLLECTIONS[collection].extension} in the content folder)`,
				});
		});

	for (const file of files.filter((file) => file.collection === 'events')) expect(file, 'sources', 'sources', strings(rawData(file).sources));

	const figureOwners = new Map<string, string>();
	for (const file of files.filter(isEntry)) {
		const data = rawData(file);
		expect(file, 'authors', 'authors', strings(data.authors));
		expect(file, 'topics', 'tags', strings(data.tags));
		expect(file, 'sources', 'sources', strings(data.sources));
		expect(file, 'events', 'events', strings(data.events));
		if (typeof data.summaryOf === 'string' && !has('sources', data.summaryOf))
			problems.push({ file: file.file, field: 'summaryOf', message: `no sources entry "${data.summaryOf}"` });

		for (const { index, item } of objects(data.figures)) {
			if (typeof item.id !== 'string') continue;
			const owner = figureOwners.get(item.id);
			if (owner !== undefined && owner !== file.file)
				problems.push({
					file: file.file,
					field: `figures[${index}].id`,
					message: `figure id "${item.id}" is already used in ${owner}; figure ids are unique across the site`,
				});
			else figureOwners.set(item.id, file.file);
		}

		const listed = new Set(strings(data.sources));
		for (const { id, line } of file.body?.citations ?? [])
			if (!listed.has(id))
				problems.push({ file: file.file, field: `line ${line}`, message: `<Cite id="${id}" /> names a source that is not in this entry's sources` });

		const image = typeof data.image === 'object' && data.image !== null ? (data.image as Record<string, unknown>).src : undefined;
		if (typeof image === 'string' && !existsSync(resolve(dirname(file.absolutePath), image)))
			problems.push({ file: file.file, field: 'image.src', message: 'no image file at this path (it is read relative to the entry file)' });
	}
	return problems;
}
