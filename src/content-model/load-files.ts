import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { COLLECTIONS, type CollectionName, idFromPath, readsFile } from './collections.ts';

export interface ContentFile {
	collection: CollectionName;
	id: string;
	/** Path as an editor would type it, relative to the project: `content/articles/x.mdx`. */
	file: string;
	absolutePath: string;
	data: unknown;
	body: string;
	/** Set when the file cannot be read as YAML at all. */
	parseError?: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function parseFile(text: string, extension: string): { data: unknown; body: string } {
	if (extension === 'yaml') return { data: parse(text), body: '' };
	const match = FRONTMATTER.exec(text);
	if (!match) throw new Error('the file does not start with a frontmatter block between two "---" lines');
	return { data: parse(match[1] ?? ''), body: text.slice(match[0].length) };
}

/** Images may sit beside the entries that use them; anything else with another extension is a mistake. */
const IMAGE = /\.(avif|gif|jpe?g|png|svg|webp)$/i;

function listFiles(folder: string): string[] {
	try {
		return readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter((dirent) => dirent.isFile() && !dirent.name.startsWith('.') && !IMAGE.test(dirent.name))
			.map((dirent) => relative(folder, join(dirent.parentPath, dirent.name)))
			.sort();
	} catch {
		return [];
	}
}

/** Reads every entry file of every collection, without validating it. */
export function loadContentFiles(contentRoot: string, projectRoot = process.cwd()): ContentFile[] {
	const files: ContentFile[] = [];
	for (const [collection, { folder, extension }] of Object.entries(COLLECTIONS) as [
		CollectionName,
		(typeof COLLECTIONS)[CollectionName],
	][]) {
		const base = join(contentRoot, folder);
		for (const name of listFiles(base).filter((path) => readsFile(collection, path))) {
			const absolutePath = join(base, name);
			const file = relative(projectRoot, absolutePath);
			const entry = { collection, id: idFromPath(name), file, absolutePath };
			if (!name.endsWith(`.${extension}`)) {
				files.push({ ...entry, data: undefined, body: '', parseError: `is not read: files in ${folder}/ must end in .${extension}` });
				continue;
			}
			try {
				files.push({ ...entry, ...parseFile(readFileSync(absolutePath, 'utf8'), extension) });
			} catch (error) {
				files.push({ ...entry, data: undefined, body: '', parseError: (error as Error).message });
			}
		}
	}
	files.push(...unreadFiles(contentRoot, projectRoot));
	return files;
}

/** Files that no collection reads (an article two folders down): reported, not silently left out. */
function unreadFiles(contentRoot: string, projectRoot: string): ContentFile[] {
	const byFolder = Map.groupBy(Object.keys(COLLECTIONS) as CollectionName[], (name) => COLLECTIONS[name].folder);
	return [...byFolder].flatMap(([folder, names]) => {
		const base = join(contentRoot, folder);
		return listFiles(base)
			.filter((path) => !names.some((name) => readsFile(name, path)))
			.map((path) => {
				const absolutePath = join(base, path);
				const [collection] = names as [CollectionName];
				return {
					collection,
					id: idFromPath(path),
					file: relative(projectRoot, absolutePath),
					absolutePath,
					data: undefined,
					body: '',
					parseError: `is not read: files in ${folder}/ go at its top, or one folder down in a language folder (${folder}/es/)`,
				};
			});
	});
}
