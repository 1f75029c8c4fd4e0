/**
 * Entries: our articles and our summaries of others' articles, in every language they are written in,
 * as pages, lists and feeds see them.
 */
export { allEntries, byNewest, type Entry, entriesIn, entryUrl, isSummary, renderEntry, versionsOf, writtenIn } from './load.ts';
export { citationContext, type NumberedSource, resolveEntry, sourceShortName } from './context.ts';
export { entryMeta } from './meta.ts';
export { readingMinutes } from './reading-time.ts';
export { entryPaths } from './routes.ts';
