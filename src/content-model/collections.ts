import type { z } from 'astro/zod';
import { authorSchema } from '../schemas/author.ts';
import { articleSchema, summarySchema } from '../schemas/entry.ts';
import { entryTranslationSchema } from '../schemas/entry-translation.ts';
import { eventSchema } from '../schemas/event.ts';
import { sourceSchema } from '../schemas/source.ts';
import { pageSchema } from '../schemas/page.ts';
import { topicSchema } from '../schemas/topic.ts';

/**
 * The collections under content/: one folder each, one file per entry, the file name being the id.
 * Translations of articles and summaries sit one folder down, in a folder named after their language
 * (content/articles/es/<id>.mdx), and have their own schema; pages of every language share one.
 * src/content.config.ts defines a collection for each, and the content check reads the same list.
 */
export const COLLECTIONS = {
	articles: { folder: 'articles', extension: 'mdx', files: 'top', schema: articleSchema },
	summaries: { folder: 'summaries', extension: 'mdx', files: 'top', schema: summarySchema },
	articleTranslations: { folder: 'articles', extension: 'mdx', files: 'language-folders', schema: () => entryTranslationSchema },
	summaryTranslations: { folder: 'summaries', extension: 'mdx', files: 'language-folders', schema: () => entryTranslationSchema },
	authors: { folder: 'authors', extension: 'yaml', files: 'top', schema: () => authorSchema },
	sources: { folder: 'sources', extension: 'yaml', files: 'top', schema: () => sourceSchema },
	topics: { folder: 'topics', extension: 'yaml', files: 'top', schema: () => topicSchema },
	events: { folder: 'events', extension: 'yaml', files: 'top', schema: () => eventSchema },
	pages: { folder: 'pages', extension: 'mdx', files: 'all', schema: () => pageSchema },
} satisfies Record<string, { folder: string; extension: string; files: FileLayout; schema: (image: z.ZodType) => z.ZodType }>;

/** Which files of its folder a collection reads: those at the top, those in language folders, or both. */
export type FileLayout = 'top' | 'language-folders' | 'all';

export type CollectionName = keyof typeof COLLECTIONS;

/** Entries with prose bodies, which readers see as pages. */
export const ENTRY_COLLECTIONS = ['articles', 'summaries'] as const satisfies readonly CollectionName[];
export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];

/** Where the translations of each kind of entry are. */
export const TRANSLATION_COLLECTIONS = {
	articles: 'articleTranslations',
	summaries: 'summaryTranslations',
} as const satisfies Record<EntryCollection, CollectionName>;

/** The glob, relative to the collection's folder, of the files a collection reads. */
export function filePattern(name: CollectionName): string {
	const { files, extension } = COLLECTIONS[name];
	return { top: `*.${extension}`, 'language-folders': `*/*.${extension}`, all: `**/*.${extension}` }[files];
}

/** Whether a file (relative to its collection's folder) is one the collection reads, whatever its extension. */
export function readsFile(name: CollectionName, relativePath: string): boolean {
	const depth = relativePath.split('/').length - 1;
	return { top: depth === 0, 'language-folders': depth === 1, all: true }[COLLECTIONS[name].files];
}

/**
 * The id of an entry is its path without the extension: `content/sources/iep-survey-2023-07.yaml` is
 * `iep-survey-2023-07`, and `content/articles/es/counting-the-dead.mdx` is `es/counting-the-dead`.
 */
export function idFromPath(relativePath: string): string {
	return relativePath.replace(/\.[a-z]+$/, '');
}

/** A translation's or a page's id split into its language folder and the id of what it translates. */
export function splitLanguageId(id: string): { folder: string | undefined; id: string } {
	const slash = id.indexOf('/');
	return slash === -1 ? { folder: undefined, id } : { folder: id.slice(0, slash), id: id.slice(slash + 1) };
}

/** The content folder; tests point it at fixtures through CONTENT_DIR. */
export function contentDir(): string {
	return process.env.CONTENT_DIR ?? 'content';
}
