/** Facts about the site itself. Everything a page says about the campaign comes from here or from src/i18n/ui.ts. */
export const SITE = {
	/** Where the site is served; set SITE_URL when deploying. */
	url: process.env.SITE_URL ?? 'http://localhost:4321',
	/** Sub-path the site lives under (e.g. /campaign/); set BASE_PATH when deploying there. */
	base: process.env.BASE_PATH ?? '/',
	/** Entries per archive page. */
	pageSize: 10,
	/** Entries per page of a topic's, country's or author's list (/topics/<id>/, /topics/<id>/2/ …). */
	termPageSize: 20,
	/** Our articles on the home page. */
	latestOnHome: 5,
	/** Summaries of others' articles on the home page. */
	summariesOnHome: 3,
	/** Related entries at the end of an article or summary, at most (src/lib/related/). */
	relatedEntries: 4,
	/** A table of contents is shown when an entry has at least this many sections. */
	tocMinHeadings: 3,
	/**
	 * Most entries in one feed, newest first; undefined puts every published entry in every feed. The
	 * one place to change should the feeds grow too long for readers (src/lib/feed-items.ts applies it).
	 */
	feedLimit: 50 as number | undefined,
	/** Reading speed for the reading-time estimate. */
	wordsPerMinute: 220,
	/** Folder of the built site that holds the search index (written by src/integrations/search-index/). */
	searchIndexFolder: 'pagefind',
} as const;
