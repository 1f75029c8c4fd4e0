declare namespace App {
	interface Locals {
		/** The entry being rendered's sources, in reference order, so that <Cite> can number its links. */
		citations?: {
			/** Where the entry comes from, for error messages. */
			file: string;
			lang: import('./i18n/languages.ts').Language;
			sources: readonly string[];
		};
	}
}
