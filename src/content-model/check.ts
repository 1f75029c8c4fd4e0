import { resolve } from 'node:path';
import { contentDir } from './collections.ts';
import { loadContentFiles } from './load-files.ts';
import { type Problem, validateContent } from './validate.ts';

/** Loads and validates the whole content folder. */
export function checkContentFolder(projectRoot = process.cwd()): Problem[] {
	return validateContent(loadContentFiles(resolve(projectRoot, contentDir()), projectRoot));
}
