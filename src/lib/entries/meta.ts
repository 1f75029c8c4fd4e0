import type { CollectionEntry } from 'astro:content';
import { t } from '../../i18n/ui.ts';
import { type Entry, entryUrl } from './load.ts';
import { newsArticleLd } from '../json-ld.ts';
import type { PageMeta } from '../page-meta.ts';
import { urls } from '../urls.ts';

interface Resolved {
	/** The original, when the entry is a translation. */
	original?: Entry | undefined;
	authors: CollectionEntry<'authors'>[];
	topics: CollectionEntry<'topics'>[];
	summaryOf: CollectionEntry<'sources'> | undefined;
}

/** Social and structured metadata of an entry page. */
export function entryMeta(entry: Entry, { authors, topics, summaryOf, original }: Resolved, site: URL): PageMeta {
	const { lang, title, description, published, updated } = entry.data;
	const absolute = (address: string) => urls.absolute(address, site);
	const image = urls.shareImage(lang, entry.collection, entry.id);
	const authorPages = authors.map((author) => ({ name: author.data.name, url: absolute(urls.author(lang, author.id)) }));
	const tags = topics.map((topic) => topic.data.name);
	return {
		image: { src: image, alt: title },
		article: {
			published: published.iso,
			modified: updated?.iso,
			authors: authorPages.map((author) => author.url),
			tags,
		},
		jsonLd: newsArticleLd({
			url: absolute(entryUrl(entry)),
			headline: title,
			description,
			lang,
			datePublished: published.iso,
			dateModified: updated?.iso,
			authors: authorPages,
			publisher: { name: t(lang, 'site.name'), url: absolute(urls.home(lang)), logo: absolute(urls.fromRoot('/favicon.svg')) },
			image: absolute(image),
			keywords: tags,
			translationOf: original && absolute(entryUrl(original)),
			basedOn: summaryOf && {
				name: summaryOf.data.title,
				author: summaryOf.data.authors?.join(', '),
				publisher: summaryOf.data.publisher ?? undefined,
			},
		}),
	};
}
