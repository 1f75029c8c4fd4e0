// The content files as the editing tools (npm run translate) and the tests read them: each file's YAML
// or frontmatter as written, and its body. The site itself reads content only through Astro's loaders
// (src/content-model/loader.ts); this is for tools that look at a file, never for checking it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { COLLECTIONS, type CollectionName, contentDir, idFromPath, readsFile } from '../src/content-model/collections.ts';

export interface ContentText {
	collection: CollectionName;
	id: string;
	/** As an editor would type it, relative to the project: `content/articles/x.mdx`. */
	file: string;
	absolutePath: string;
	data: unknown;
	body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A file's data and body: a YAML file is all data; an MDX file has its data between two `---` lines. */
export function readContentText(absolutePath: string): { data: unknown; body: string } {
	return parseContentText(absolutePath, readFileSync(absolutePath, 'utf8'));
}

/** The data and body of the text of a file at `absolutePath` (its extension says how to read it). */
export function parseContentText(absolutePath: string, text: string): { data: unknown; body: string } {
	if (!absolutePath.endsWith('.mdx')) return { data: parse(text), body: '' };
	const match = FRONTMATTER.exec(text);
	if (!match) throw new Error(`${absolutePath} does not start with a frontmatter block between two "---" lines`);
	return { data: parse(match[1] ?? ''), body: text.slice(match[0].length) };
}

/** Every file each collection reads, under the content folder (CONTENT_DIR or content/). */
export function readContentFolder(contentRoot = resolve(contentDir()), projectRoot = process.cwd()): ContentText[] {
	return contentFilePaths(contentRoot, projectRoot).map((path) => ({ ...path, ...readContentText(path.absolutePath) }));
}

/** Where each file that a collection reads is, under the content folder, without reading it. */
export function contentFilePaths(contentRoot: string, projectRoot: string): Omit<ContentText, 'data' | 'body'>[] {
	return (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((collection) => {
		const { folder, extension } = COLLECTIONS[collection];
		const base = join(contentRoot, folder);
		let names: string[];
		try {
			names = readdirSync(base, { recursive: true, withFileTypes: true })
				.filter((dirent) => dirent.isFile() && dirent.name.endsWith(`.${extension}`))
				.map((dirent) => relative(base, join(dirent.parentPath, dirent.name)))
				.filter((name) => readsFile(collection, name))
				.sort();
		} catch {
			return [];
		}
		return names.map((name) => {
			const absolutePath = join(base, name);
			return { collection, id: idFromPath(name), file: relative(projectRoot, absolutePath), absolutePath };
		});
	});
}
