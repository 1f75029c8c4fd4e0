import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, type CollectionName, readsFile } from './collections.ts';
import type { Problem } from './problems.ts';

/** Images may sit beside the entries that use them; anything else a collection does not read is a mistake. */
const IMAGE = /\.(avif|gif|jpe?g|png|svg|webp)$/i;

function listFiles(folder: string): string[] {
	try {
		return readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter((dirent) => !dirent.isDirectory() && !dirent.name.startsWith('.') && !IMAGE.test(dirent.name))
			.map((dirent) => relative(folder, join(dirent.parentPath, dirent.name)))
			.sort();
	} catch {
		return [];
	}
}

/** Files in the content folders that no collection reads (a misnamed or misplaced file): reported, never silently left out. */
export function unreadFiles(contentRoot: string, projectRoot: string): Problem[] {
	const byFolder = Map.groupBy(Object.keys(COLLECTIONS) as CollectionName[], (name) => COLLECTIONS[name].folder);
	return [...byFolder].flatMap(([folder, names]) =>
		listFiles(join(contentRoot, folder)).flatMap((path): Problem[] => {
			const file = relative(projectRoot, join(contentRoot, folder, path));
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
