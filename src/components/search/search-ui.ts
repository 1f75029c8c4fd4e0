// The search page's interface (loaded by search-page.ts): Pagefind's Component UI, bundled by Astro
// from node_modules, given the site's own words and kept in step with the address bar, so that
// /search/?q=words&sort=newest (what the search field in the header sends, without the order) opens
// with those results and a search can be shared or bookmarked.
import { getInstanceManager, type PagefindResults } from '@pagefind/component-ui';
import { isOrder, type Order, wrapSearch } from './pagefind-search.ts';

/** Results shown as soon as the list is known, before they are scrolled into view as the others are. */
const SHOWN_AT_ONCE = 3;

const root = document.querySelector<HTMLElement>('[data-search]');
const results = root?.querySelector<PagefindResults>('pagefind-results');
if (root && results) {
	const instance = getInstanceManager().getInstance('default');
	instance.setTranslations(JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>);

	const requested = new URLSearchParams(window.location.search);
	const orderField = root.querySelector<HTMLSelectElement>('[data-search-order] select');
	const asked = requested.get('sort');
	let order: Order = isOrder(asked) ? asked : 'relevance';
	if (orderField) orderField.value = order;
	wrapSearch(instance, () => order);

	// The order and the filters only mean something once there are results to order and narrow.
	const controls = root.querySelectorAll<HTMLElement>('[data-search-filters], [data-search-order]');
	const listed = results.maxResults;
	instance.on('search', (term) => {
		results.maxResults = listed;
		const words = typeof term === 'string' ? term.trim() : '';
		for (const control of controls) control.hidden = words === '';
		const address = new URL(window.location.href);
		if (words === '') address.searchParams.delete('q');
		else address.searchParams.set('q', words);
		if (order === 'relevance') address.searchParams.delete('sort');
		else address.searchParams.set('sort', order);
		if (address.href !== window.location.href) window.history.replaceState(window.history.state, '', address);
	});
	orderField?.addEventListener('change', () => {
		order = isOrder(orderField.value) ? orderField.value : 'relevance';
		instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters);
	});

	const more = root.querySelector<HTMLElement>('[data-search-more]');
	instance.on('results', () => {
		for (const result of results.results.slice(0, SHOWN_AT_ONCE)) void result.load();
		if (more) more.hidden = instance.searchResult.results.length <= results.maxResults;
	});
	// The next results, listed again with the ones before; the first of them takes the focus once shown.
	more?.querySelector('button')?.addEventListener('click', async () => {
		const first = results.maxResults;
		results.maxResults += listed;
		instance.__dispatch__('results', instance.searchResult);
		void results.results[first]?.load();
		(await shown(first))?.focus();
	});

	/** The link of a result once it is shown in place of its placeholder, or undefined if the list changes first. */
	function shown(index: number): Promise<HTMLElement | undefined> {
		const list = results?.containerEl;
		const link = () => list?.querySelector<HTMLElement>(`[data-pf-result-index="${index}"] a`) ?? undefined;
		return new Promise((resolve) => {
			if (!list || link()) return resolve(link());
			const observer = new MutationObserver(() => {
				if (!link() && list.isConnected && list.querySelector(`[data-pf-result-index="${index}"]`)) return;
				observer.disconnect();
				resolve(link());
			});
			observer.observe(list, { childList: true, subtree: true });
		});
	}

	const query = requested.get('q')?.trim();
	if (query) instance.triggerSearch(query);
}
