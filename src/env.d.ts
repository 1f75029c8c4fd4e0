declare namespace App {
	interface Locals {
		/** The page's language, from its address (src/middleware.ts); a feed renders an entry's body in the entry's. */
		lang: import('./i18n/languages.ts').Language;
		/** The entry being rendered's sources, in reference order, so that <Cite> can number its links. */
		citations?: {
			/** Where the entry comes from, for error messages. */
			file: string;
			sources: readonly string[];
		};
	}
}
