import type { EntryCollection } from '../../content-model/collections.ts';
import { t } from '../../i18n/ui.ts';
import type { Language } from '../../i18n/languages.ts';
import type { PartialDate } from '../../schemas/partial-date.ts';
import type { ShareCard } from '../../share-cards/card.ts';
import { formatDate } from '../format.ts';

/** What an entry's card is drawn from: an entry as the pages see it (src/lib/entries.ts). */
export interface CardSubject {
	collection: EntryCollection;
	data: { lang: Language; title: string; published: PartialDate };
}

/** An article's or summary's card: its kind, title and date, in the language it is written in. */
export function entryShareCard({ collection, data }: CardSubject): ShareCard {
	const { lang, title, published } = data;
	return {
		siteName: t(lang, 'site.name'),
		label: t(lang, collection === 'summaries' ? 'kind.summary' : 'kind.article'),
		title,
		footer: formatDate(published, lang),
	};
}

/** The site's own card, for every page that is not an entry. */
export function siteShareCard(lang: Language): ShareCard {
	return { siteName: t(lang, 'site.name'), label: t(lang, 'share.siteLabel'), title: t(lang, 'site.tagline'), footer: '' };
}
