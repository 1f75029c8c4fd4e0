import type { Language } from '../i18n/languages.ts';
import { type UiKey, t } from '../i18n/ui.ts';

/**
 * The words Pagefind's Component UI shows, keyed by its own translation keys, taken from ui.ts so that
 * the search page speaks like the rest of the site. Pagefind writes its placeholders as [COUNT]; ui.ts
 * writes them as {count}.
 */
const KEYS = {
	search_label: 'search.ui.label',
	placeholder: 'search.ui.placeholder',
	input_hint: 'search.ui.hint',
	clear_search: 'search.ui.clear',
	results_label: 'search.ui.results',
	searching: 'search.ui.searching',
	zero_results: 'search.ui.noResults',
	one_result: 'search.ui.oneResult',
	many_results: 'search.ui.manyResults',
	total_zero_results: 'search.ui.totalNoResults',
	total_one_result: 'search.ui.totalOneResult',
	total_many_results: 'search.ui.totalManyResults',
	alt_search: 'search.ui.otherTerm',
	search_suggestion: 'search.ui.suggestions',
	load_more: 'search.ui.loadMore',
	loading: 'search.ui.loading',
	error_search: 'search.ui.failed',
	filters_label: 'search.ui.filters',
	filter_selected_one: 'search.ui.selected',
	filter_selected_many: 'search.ui.selected',
	keyboard_navigate: 'search.ui.keyNavigate',
	keyboard_select: 'search.ui.keySelect',
	keyboard_clear: 'search.ui.keyClear',
	keyboard_close: 'search.ui.keyClose',
	keyboard_search: 'search.ui.keySearch',
} as const satisfies Record<string, UiKey>;

/** Our placeholder names and Pagefind's. */
const PLACEHOLDERS = { term: '[SEARCH_TERM]', count: '[COUNT]', other: '[DIFFERENT_TERM]' };

export type SearchUiStrings = Record<keyof typeof KEYS, string>;

export function searchUiStrings(lang: Language): SearchUiStrings {
	return Object.fromEntries(Object.entries(KEYS).map(([key, uiKey]) => [key, t(lang, uiKey, PLACEHOLDERS)])) as SearchUiStrings;
}
