// The search page's script. Its interface (search-ui.ts, with Pagefind's Component UI: about 40 KB
// compressed) is fetched once the page has painted its text (its first contentful paint), so that on a
// slow connection it does not hold up that paint; until then search.css keeps the space the search field
// will take. A browser that does not report paints fetches it after the next frame.
const load = () => void import('./search-ui.ts');
if (PerformanceObserver.supportedEntryTypes?.includes('paint'))
	new PerformanceObserver((paints, observer) => {
		if (paints.getEntriesByName('first-contentful-paint').length === 0) return;
		observer.disconnect();
		load();
	}).observe({ type: 'paint', buffered: true });
else requestAnimationFrame(() => setTimeout(load));
