import { defineCollection } from 'astro:content';
import { COLLECTIONS } from './content-model/collections.ts';
import { contentLoader } from './content-model/loader.ts';
import { contentSync } from './content-model/sync.ts';
import { authorSchema } from './schemas/author.ts';
import { articleSchema, summarySchema } from './schemas/entry.ts';
import { entryTranslationSchema } from './schemas/entry-translation.ts';
import { eventSchema } from './schemas/event.ts';
import { pageSchema } from './schemas/page.ts';
import { sourceSchema } from './schemas/source.ts';
import { topicSchema } from './schemas/topic.ts';

// Every collection is one folder of content/ (src/content-model/collections.ts); the sync checks them all together.
const sync = contentSync(Object.keys(COLLECTIONS) as (keyof typeof COLLECTIONS)[]);

export const collections = {
	articles: defineCollection({ loader: contentLoader('articles', sync), schema: ({ image }) => articleSchema(image()) }),
	summaries: defineCollection({ loader: contentLoader('summaries', sync), schema: ({ image }) => summarySchema(image()) }),
	articleTranslations: defineCollection({ loader: contentLoader('articleTranslations', sync), schema: entryTranslationSchema }),
	summaryTranslations: defineCollection({ loader: contentLoader('summaryTranslations', sync), schema: entryTranslationSchema }),
	authors: defineCollection({ loader: contentLoader('authors', sync), schema: authorSchema }),
	sources: defineCollection({ loader: contentLoader('sources', sync), schema: sourceSchema }),
	topics: defineCollection({ loader: contentLoader('topics', sync), schema: topicSchema }),
	events: defineCollection({ loader: contentLoader('events', sync), schema: eventSchema }),
	pages: defineCollection({ loader: contentLoader('pages', sync), schema: pageSchema }),
};
