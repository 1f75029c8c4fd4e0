import type { z } from 'astro/zod';
import { authorSchema } from '../schemas/author.ts';
import { articleSchema, summarySchema } from '../schemas/entry.ts';
import { eventSchema } from '../schemas/event.ts';
import { sourceSchema } from '../schemas/source.ts';
import { pageSchema } from '../schemas/page.ts';
import { topicSchema } from '../schemas/topic.ts';

/**
 * The collections under content/: one folder each, one file per entry, the file name being the id.
 * Both the Astro content layer (src/content.config.ts) and the stand-alone validator read this list.
 */
export const COLLECTIONS = {
	articles: { folder: 'articles', extension: 'mdx', schema: articleSchema },
	summaries: { folder: 'summaries', extension: 'mdx', schema: summarySchema },
	authors: { folder: 'authors', extension: 'yaml', schema: () => authorSchema },
	sources: { folder: 'sources', extension: 'yaml', schema: () => sourceSchema },
	topics: { folder: 'topics', extension: 'yaml', schema: () => topicSchema },
	events: { folder: 'events', extension: 'yaml', schema: () => eventSchema },
	pages: { folder: 'pages', extension: 'mdx', schema: () => pageSchema },
} satisfies Record<string, { folder: string; extension: string; schema: (image: z.ZodType) => z.ZodType }>;

export type CollectionName = keyof typeof COLLECTIONS;

/** Entries with prose bodies, which readers see as pages. */
export const ENTRY_COLLECTIONS = ['articles', 'summaries'] as const satisfies readonly CollectionName[];
export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];

/** The id of an entry is its file name without the extension, so `content/sources/iep-survey-2023-07.yaml` is `iep-survey-2023-07`. */
export function idFromPath(relativePath: string): string {
	return relativePath.replace(/\.[a-z]+$/, '');
}

/** The content folder; tests point it at fixtures through CONTENT_DIR. */
export function contentDir(): string {
	return process.env.CONTENT_DIR ?? 'content';
}
