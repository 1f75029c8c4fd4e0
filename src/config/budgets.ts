/**
 * Page-weight budgets, checked on every build by tests/build/budgets.test.ts. A page's weight is the
 * gzip size (level 9) of its HTML plus every same-origin stylesheet, script, preload and icon it
 * references; an entry's content images (its figure and the images in its text) are not counted.
 */
export const BUDGETS = {
	/** Article and summary pages: everything but content images, gzipped. */
	entryGzipBytes: 15 * 1024,
	/** Article and summary pages carry no JavaScript at all. */
	entryScriptBytes: 0,
	/** The home page, archive pages and topic pages, gzipped. */
	listingGzipBytes: 25 * 1024,
} as const;
