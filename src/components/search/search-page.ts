// The search page's only script: Pagefind's Component UI, bundled by Astro from node_modules, given
// the site's own words and kept in step with the address bar, so that /search/?q=words (what the
// search field in the header sends) opens with those results and a search can be shared or bookmarked.
import { getInstanceManager } from '@pagefind/component-ui';

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) {
	const instance = getInstanceManager().getInstance('default');
	instance.setTranslations(JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>);

	// Filters only mean something once there are results to narrow.
	const filters = root.querySelector<HTMLElement>('[data-search-filters]');
	instance.on('search', (term) => {
		const words = typeof term === 'string' ? term.trim() : '';
		if (filters) filters.hidden = words === '';
		const address = new URL(window.location.href);
		if (words === '') address.searchParams.delete('q');
		else address.searchParams.set('q', words);
		if (address.href !== window.location.href) window.history.replaceState(window.history.state, '', address);
	});

	const query = new URLSearchParams(window.location.search).get('q')?.trim();
	if (query) instance.triggerSearch(query);
}
