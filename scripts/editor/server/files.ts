import { closeSync, constants, lstatSync, mkdirSync, openSync, readFileSync, realpathSync, writeSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../../../src/content-model/collections.ts';
import { TRANSLATION_LANGUAGES } from '../../../src/i18n/languages.ts';

/**
 * The only way the editor reaches the disk. A file is named by its collection and id, never by a
 * path from the browser, and ids are checked before they become paths; the file, and every folder
 * between it and content/, must be what it seems: no symbolic link is followed, out of content/ or
 * anywhere else.
 */

/** Something the editor will not do, said to the editor's page as it is. */
export class Refusal extends Error {
	readonly status: number;

	constructor(message: string, status = 400) {
		super(message);
		this.status = status;
	}
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `id` names a file of the collection: `name` at the top of its folder, or `<lang>/name` in a language folder. */
export function isEntryId(collection: CollectionName, id: string): boolean {
	const parts = id.split('/');
	const [first, second] = parts;
	const { files } = COLLECTIONS[collection];
	if (parts.length === 1) return files !== 'language-folders' && ID.test(first ?? '');
	const inLanguage = parts.length === 2 && (TRANSLATION_LANGUAGES as readonly string[]).includes(first ?? '') && ID.test(second ?? '');
	return files !== 'top' && inLanguage;
}

/** The absolute path of an entry's file under `contentRoot`. */
export function entryPath(contentRoot: string, collection: CollectionName, id: string): string {
	if (!(collection in COLLECTIONS)) throw new Refusal(`there is no collection "${collection}"`);
	if (!isEntryId(collection, id))
		throw new Refusal(`"${id}" is not a file name the editor writes: lower-case letters, digits and hyphens (and a language folder for a translation)`);
	const { folder, extension } = COLLECTIONS[collection];
	const path = resolve(contentRoot, folder, `${id}.${extension}`);
	if (!path.startsWith(resolve(contentRoot) + sep)) throw new Refusal(`${id} is outside the content folder`);
	return path;
}

/** Refuses a folder that is, or lies inside, a symbolic link below the content folder. */
function checkFolder(contentRoot: string, folder: string): void {
	const root = realpathSync(contentRoot);
	if (realpathSync(folder) !== resolve(root, relative(resolve(contentRoot), folder)))
		throw new Refusal(`${relative(contentRoot, folder)} is or lies in a symbolic link: the editor writes only real folders inside the content folder`, 403);
}

function isLink(path: string): boolean {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false;
	}
}

/** The text of an entry's file, or undefined when there is none. */
export function readEntryFile(contentRoot: string, path: string): string | undefined {
	try {
		checkFolder(contentRoot, dirname(path));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	if (isLink(path)) throw new Refusal(`${relative(contentRoot, path)} is a symbolic link: the editor reads only real files`, 403);
	try {
		const descriptor = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
		try {
			return readFileSync(descriptor, 'utf8');
		} finally {
			closeSync(descriptor);
		}
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/** Writes an entry's file: a new one (`create`, refused if it exists) or over the one there. */
export function writeEntryFile(contentRoot: string, path: string, text: string, create: boolean): void {
	const folder = dirname(path);
	checkFolder(contentRoot, dirname(folder));
	mkdirSync(folder, { recursive: true });
	checkFolder(contentRoot, folder);
	if (isLink(path)) throw new Refusal(`${relative(contentRoot, path)} is a symbolic link: the editor writes only real files`, 403);
	let descriptor: number;
	try {
		descriptor = openSync(
			path,
			constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0) | (create ? constants.O_EXCL : 0),
			0o644,
		);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Refusal(`${relative(contentRoot, path)} already exists: open it instead`, 409);
		throw error;
	}
	try {
		writeSync(descriptor, text);
	} finally {
		closeSync(descriptor);
	}
}
