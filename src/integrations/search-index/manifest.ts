import { z } from 'astro/zod';
import type { SearchRecord } from '../../lib/search/index.ts';
import { parseManifest, pathInOutput } from '../build-manifest.ts';

/** The manifest's address in the build: written by manifest-route.ts, read and deleted by index.ts once the pages are generated. */
export const MANIFEST = 'search-index.json';

const text = z.string();
const recordSchema = z.object({
	page: pathInOutput(
		'must be a page inside the output folder, such as "es/articles/x/index.html"',
		(path) => path.endsWith('index.html') && !path.split('/').includes(' '),
	),
	meta: z.record(text, text),
	filters: z.record(text, z.array(text)),
	sort: z.record(text, text),
});
const manifestSchema = z.record(z.string().regex(/^[a-z]{2}$/, { message: 'must be a two-letter language code' }), z.array(recordSchema));

/**
 * Each language's pages, by language, each list in one fixed order (by path): Pagefind numbers pages in
 * the order it gets them, so that the same site always gets the same index.
 */
export function indexesFrom(manifest: string): [lang: string, records: SearchRecord[]][] {
	const indexes = parseManifest(MANIFEST, manifest, manifestSchema);
	const byPath = (a: SearchRecord, b: SearchRecord) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0);
	return Object.entries(indexes)
		.toSorted(([a], [b]) => a.localeCompare(b))
		.map(([lang, records]) => [lang, records.toSorted(byPath)]);
}

/** Text as the value of a double-quoted HTML attribute. */
function attribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A built page with what its index records about it added, as Pagefind's data attributes, at the end of its body. */
export function withSearchData(html: string, record: SearchRecord): string {
	const end = html.lastIndexOf('</body>');
	if (end === -1) throw new Error(`${record.page} has no </body>`);
	const data = [
		...Object.entries(record.meta).map(([key, value]) => `<span data-pagefind-meta="${attribute(`${key}:${value}`)}"></span>`),
		...Object.entries(record.filters).flatMap(([key, values]) =>
			values.map((value) => `<span data-pagefind-filter="${attribute(`${key}:${value}`)}"></span>`),
		),
		...Object.entries(record.sort).map(([key, value]) => `<span data-pagefind-sort="${attribute(`${key}:${value}`)}"></span>`),
	];
	return `${html.slice(0, end)}<div hidden>${data.join('')}</div>${html.slice(end)}`;
}
