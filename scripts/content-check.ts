// The content check run on a content folder outside Astro: files read by the tools' reader
// (content-files.ts), then the checks the content loader runs (src/content-model/). The editor checks
// a draft with it before it is saved, and tests check fixtures and generated content.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { BodySyntaxError, parseMdx, readBody } from '../src/content-model/body.ts';
import { checkContent, schemaProblems } from '../src/content-model/check.ts';
import type { ContentFile } from '../src/content-model/content-file.ts';
import { unreadFiles } from '../src/content-model/files.ts';
import type { Problem } from '../src/content-model/problems.ts';
import { contentFilePaths, parseContentText } from './content-files.ts';

/**
 * Texts to check in place of what is on disk, by absolute path: a draft of a file, or of a file not
 * written yet (which must be a path a collection reads).
 */
export type Drafts = ReadonlyMap<string, { text: string; collection: ContentFile['collection']; id: string; file: string }>;

/** One file as the content check sees it, read from `text`; a file that cannot be read carries that as its problem. */
export function contentFile(place: Omit<ContentFile, 'data' | 'body' | 'problems'>, text: string): ContentFile {
	const file: ContentFile = { ...place, data: undefined, body: undefined, problems: [] };
	try {
		file.data = parseContentText(place.absolutePath, text).data;
	} catch (error) {
		const { message, linePos } = error as Error & { linePos?: { line: number }[] };
		const line = linePos?.[0]?.line;
		file.problems.push({ file: place.file, field: line === undefined ? '' : `line ${line}`, message: `cannot be read: ${message.split('\n')[0]}` });
		return file;
	}
	file.problems.push(...schemaProblems(place.collection, place.file, file.data));
	if (place.absolutePath.endsWith('.mdx')) {
		try {
			file.body = readBody(parseMdx(text), 'en');
		} catch (error) {
			if (!(error instanceof BodySyntaxError)) throw error;
			file.problems.push({ file: place.file, field: `line ${error.line}`, message: error.message });
		}
	}
	return file;
}

/**
 * Files already read, by path, with the size and time of change they were read at: the editor checks
 * the whole content each time a draft changes, and reads again only the files that changed on disk.
 */
export type ReadCache = Map<string, { stamp: string; file: ContentFile }>;

function readOnDisk(place: Omit<ContentFile, 'data' | 'body' | 'problems'>, cache: ReadCache | undefined): ContentFile {
	if (!cache) return contentFile(place, readFileSync(place.absolutePath, 'utf8'));
	const { size, mtimeMs } = statSync(place.absolutePath);
	const stamp = `${size}:${mtimeMs}`;
	const kept = cache.get(place.absolutePath);
	if (kept?.stamp === stamp && kept.file.file === place.file) return kept.file;
	const file = contentFile(place, readFileSync(place.absolutePath, 'utf8'));
	cache.set(place.absolutePath, { stamp, file });
	return file;
}

/** Every file of a content folder as the content check sees it, with `drafts` in place of (or beside) the files on disk. */
export function contentFilesIn(contentRoot: string, projectRoot: string, drafts: Drafts = new Map(), cache?: ReadCache): ContentFile[] {
	const onDisk = contentFilePaths(resolve(projectRoot, contentRoot), projectRoot);
	const files = onDisk.map((place) => {
		const draft = drafts.get(place.absolutePath);
		return draft ? contentFile(place, draft.text) : readOnDisk(place, cache);
	});
	for (const [absolutePath, draft] of drafts)
		if (!onDisk.some((place) => place.absolutePath === absolutePath)) files.push(contentFile({ ...draft, absolutePath }, draft.text));
	return files;
}

/** Every problem the content check finds in a content folder (with `drafts` in place of files on disk). */
export function contentProblems(contentRoot: string, projectRoot: string, drafts: Drafts = new Map(), cache?: ReadCache): Problem[] {
	return [...checkContent(contentFilesIn(contentRoot, projectRoot, drafts, cache)), ...unreadFiles(resolve(projectRoot, contentRoot), projectRoot)];
}
