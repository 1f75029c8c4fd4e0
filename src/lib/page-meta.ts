/** What a page tells social networks and search engines beyond its title and description. */
export interface PageMeta {
	/** The share image, site-absolute ("/articles/x/share.png"); the site's own card when absent. */
	image?: { src: string; alt: string };
	/** Open Graph article fields, for entries. */
	article?: {
		published: string;
		modified?: string | undefined;
		/** Absolute addresses of the authors' pages. */
		authors: string[];
		tags: string[];
	};
	/** One JSON-LD object, written once in the head. */
	jsonLd?: unknown;
}
