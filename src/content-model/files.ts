import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { COLLECTIONS, type CollectionName, readsFile } from './collections.ts';
import type { Problem } from './problems.ts';

/** Images may sit beside the entries that use them; anything else a collection does not read is a mistake. */
const IMAGE = /\.(avif|gif|jpe?g|png|svg|webp)$/i;

const LINK = 'is a symbolic link: content files must be real files inside content/, so that what is checked is what is published';

function listFiles(folder: string): string[] {
	try {
		return readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter((dirent) => dirent.isSymbolicLink() || (!dirent.isDirectory() && !dirent.name.startsWith('.') && !IMAGE.test(dirent.name)))
			.map((dirent) => relative(folder, join(dirent.parentPath, dirent.name)))
			.sort();
	} catch {
		return [];
	}
}

/** Files in the content folders that no collection reads (a misnamed or misplaced file) and symbolic links: reported, never silently left out. */
export function unreadFiles(contentRoot: string, projectRoot: string): Problem[] {
	const byFolder = Map.groupBy(Object.keys(COLLECTIONS) as CollectionName[], (name) => COLLECTIONS[name].folder);
	return [...byFolder].flatMap(([folder, names]) =>
		listFiles(join(contentRoot, folder)).flatMap((path): Problem[] => {
			const file = relative(projectRoot, join(contentRoot, folder, path));
			if (lstatSync(join(contentRoot, folder, path)).isSymbolicLink()) return [{ file, field: '', message: LINK }];
			const reader = names.find((name) => readsFile(name, path));
			if (reader === undefined)
				return [
					{
						file,
						field: '',
						message: `is not read: files in ${folder}/ go at its top, or one folder down in a language folder (${folder}/es/)`,
					},
				];
			const { extension } = COLLECTIONS[reader];
			return path.endsWith(`.${extension}`) ? [] : [{ file, field: '', message: `is not read: files in ${folder}/ must end in .${extension}` }];
		}),
	);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Why a file Astro is about to read is refused before anything reads it, if it is: it is a symbolic
 * link or lies inside one (Astro would follow it out of content/), or it is not UTF-8 text (Astro
 * would read it with replacement characters). `contents` is the text as Astro decoded it.
 */
export function refusedFile(absolutePath: string, contentRoot: string, contents: string): string | undefined {
	if (lstatSync(absolutePath).isSymbolicLink() || realpathSync(absolutePath) !== resolve(realpathSync(contentRoot), relative(contentRoot, absolutePath)))
		return LINK;
	if (contents.includes('\uFFFD')) {
		try {
			UTF8.decode(readFileSync(absolutePath));
		} catch {
			return 'is not UTF-8 text: save it as UTF-8 (in most editors, "Save with encoding" or "Reopen with encoding")';
		}
	}
	return undefined;
}
