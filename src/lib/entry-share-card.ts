import type { EntryCollection } from '../content-model/collections.ts';
import { t } from '../i18n/ui.ts';
import type { Language } from '../i18n/languages.ts';
import type { PartialDate } from '../schemas/partial-date.ts';
import type { ShareCard } from '../share-image/render.ts';
import { formatDate } from './format.ts';

/**
 * What an entry's card is drawn from: an entry as the pages see it (src/lib/entries.ts), or an original
 * as its collection's loader has just stored it (src/content.config.ts). Both give the same card.
 */
export interface CardSubject {
	collection: EntryCollection;
	id: string;
	data: { lang: Language; title: string; published: PartialDate };
}

export function entryShareCard({ collection, data }: CardSubject): ShareCard {
	const { lang, title, published } = data;
	return {
		siteName: t(lang, 'site.name'),
		label: t(lang, collection === 'summaries' ? 'kind.summary' : 'kind.article'),
		title,
		footer: formatDate(published, lang),
	};
}
