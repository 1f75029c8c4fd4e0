/** Search: what each language's index holds about each page (Pagefind builds the index; see src/integrations/search-index/). */
export { findsOtherLanguages, type SearchRecord, searchRecords } from './records.ts';
