// The content check run on a folder outside Astro, for tests that must know a fixture or generated
// content is valid: files read by the tools' reader (scripts/content-files.ts), then the same checks
// the content loader runs (src/content-model/).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMdx, readBody } from '../../src/content-model/body.ts';
import { checkContent, schemaProblems } from '../../src/content-model/check.ts';
import type { ContentFile } from '../../src/content-model/content-file.ts';
import { unreadFiles } from '../../src/content-model/files.ts';
import type { Problem } from '../../src/content-model/problems.ts';
import { readContentFolder } from '../../scripts/content-files.ts';

export function contentFilesIn(contentRoot: string, projectRoot: string): ContentFile[] {
	return readContentFolder(resolve(projectRoot, contentRoot), projectRoot).map((text) => ({
		...text,
		body: text.absolutePath.endsWith('.mdx') ? readBody(parseMdx(readFileSync(text.absolutePath, 'utf8')), 'en') : undefined,
		problems: schemaProblems(text.collection, text.file, text.data),
	}));
}

/** Every problem the content check finds in a content folder. */
export function contentProblems(contentRoot: string, projectRoot: string): Problem[] {
	return [...checkContent(contentFilesIn(contentRoot, projectRoot)), ...unreadFiles(resolve(projectRoot, contentRoot), projectRoot)];
}

/** The source ids a body's `<Cite>` elements name, in order. */
export function citedIn(body: string): string[] {
	return readBody(parseMdx(body), 'en').citations.map(({ id }) => id);
}
