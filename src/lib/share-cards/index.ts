import { LANGUAGES } from '../../i18n/languages.ts';
import type { ShareCard } from '../../share-cards/card.ts';
import { allEntries } from '../entries/index.ts';
import { urls } from '../urls.ts';
import { entryShareCard, siteShareCard } from './card-data.ts';

export { entryShareCard, siteShareCard };

/** A card the site publishes, and its file in the output: "share.png", "es/articles/x/share.png". */
export interface PublishedCard {
	path: string;
	card: ShareCard;
}

/**
 * Every share card the site publishes: the site's own in each language and each entry's in the
 * language it is written in, at the addresses the pages link to (urls.siteShareImage, urls.shareImage).
 * src/integrations/share-cards/ draws them.
 */
export const publishedShareCards: PublishedCard[] = [
	...LANGUAGES.map((lang) => ({ path: urls.outputFile(urls.siteShareImage(lang)), card: siteShareCard(lang) })),
	...allEntries.map((entry) => ({
		path: urls.outputFile(urls.shareImage(entry.data.lang, entry.collection, entry.id)),
		card: entryShareCard(entry),
	})),
];
