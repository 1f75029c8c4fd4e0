import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob, type Loader } from 'astro/loaders';
import {
	COLLECTIONS,
	type CollectionName,
	contentDir,
	type EntryCollection,
	filePattern,
	idFromPath,
	splitLanguageId,
	TRANSLATION_COLLECTIONS,
} from './content-model/collections.ts';
import { isLanguage } from './i18n/languages.ts';
import { storingWordCounts } from './lib/word-count-store.ts';
import { authorSchema } from './schemas/author.ts';
import { articleSchema, summarySchema, withEntryImage } from './schemas/entry.ts';
import { entryTranslationSchema } from './schemas/entry-translation.ts';
import { eventSchema } from './schemas/event.ts';
import { sourceSchema } from './schemas/source.ts';
import { pageSchema } from './schemas/page.ts';
import { topicSchema } from './schemas/topic.ts';

/**
 * Every collection is one folder of content/, one file per entry, the file name being the id. The store
 * keeps no file's body (pages render the compiled MDX modules): only the prose loaders have it handed
 * on (`retainBody`), to count its words.
 */
function loader(name: CollectionName, retainBody = false) {
	return glob({
		pattern: filePattern(name),
		base: `${contentDir()}/${COLLECTIONS[name].folder}`,
		generateId: ({ entry }) => idFromPath(entry),
		retainBody,
	});
}

/** Articles, summaries and their translations keep their word count, for the reading time. */
function proseLoader(name: EntryCollection | (typeof TRANSLATION_COLLECTIONS)[EntryCollection]): Loader {
	return storingWordCounts(loader(name, true), ({ id, data }) => {
		const lang = splitLanguageId(id).folder ?? data.lang;
		if (!isLanguage(lang)) throw new Error(`${name}/${id}: "${String(lang)}" is not a language of the site`);
		return lang;
	});
}

// Built once; see withEntryImage.
const articleFields = articleSchema(z.string());
const summaryFields = summarySchema(z.string());

export const collections = {
	articles: defineCollection({ loader: proseLoader('articles'), schema: ({ image }) => withEntryImage(articleFields, image()) }),
	summaries: defineCollection({ loader: proseLoader('summaries'), schema: ({ image }) => withEntryImage(summaryFields, image()) }),
	articleTranslations: defineCollection({ loader: proseLoader('articleTranslations'), schema: entryTranslationSchema }),
	summaryTranslations: defineCollection({ loader: proseLoader('summaryTranslations'), schema: entryTranslationSchema }),
	authors: defineCollection({ loader: loader('authors'), schema: authorSchema }),
	sources: defineCollection({ loader: loader('sources'), schema: sourceSchema }),
	topics: defineCollection({ loader: loader('topics'), schema: topicSchema }),
	events: defineCollection({ loader: loader('events'), schema: eventSchema }),
	pages: defineCollection({ loader: loader('pages'), schema: pageSchema }),
};
