// The search page's script. Its interface (search-ui.ts, with Pagefind's Component UI: about 40 KB
// compressed) is fetched once the page has painted, so that on a slow connection it does not hold up
// the first paint; until then search.css keeps the space the search field will take.
requestAnimationFrame(() => setTimeout(() => void import('./search-ui.ts')));
