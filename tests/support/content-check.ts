// The content check run on a folder outside Astro, for tests that must know a fixture or generated
// content is valid: scripts/content-check.ts, the same checks the content loader runs.
import { parseMdx, readBody } from '../../src/content-model/body.ts';

export { contentFilesIn, contentProblems } from '../../scripts/content-check.ts';

/** The source ids a body's `<Cite>` elements name, in order. */
export function citedIn(body: string): string[] {
	return readBody(parseMdx(body), 'en').citations.map(({ id }) => id);
}
