// What the search page changes in how Pagefind's Component UI (1.5) calls Pagefind's search, in one
// place: the order the reader chose, no search that a newer one has made pointless, and results that
// do not wait for the filters' counts.
import type { FilterCounts, FilterSelection, Instance, PagefindSearchResult } from '@pagefind/component-ui';

/** The orders a reader can choose, as the address names them (?sort=newest), and Pagefind's sort for each. */
export const ORDERS = {
	relevance: undefined,
	newest: { date: 'desc' },
	oldest: { date: 'asc' },
} as const satisfies Record<string, Record<string, 'asc' | 'desc'> | undefined>;
export type Order = keyof typeof ORDERS;

export function isOrder(value: unknown): value is Order {
	return typeof value === 'string' && Object.hasOwn(ORDERS, value);
}

interface SearchOptions {
	filters?: FilterSelection;
	sort?: Record<string, 'asc' | 'desc'>;
}
type Found = PagefindSearchResult & { totalFilters?: FilterCounts };
/** Pagefind's search; the Component UI takes null for a search that found nothing to show. */
interface PagefindApi {
	search(term: string | null, options?: SearchOptions): Promise<Found | null>;
}
interface PagefindModule {
	createInstance(options: Record<string, unknown>): PagefindApi;
}

/** How long the reader must stop typing before the filters' counts are brought up to date, ms. */
const COUNTS_AFTER = 300;

const chosen = (filters: FilterSelection | undefined) => Object.values(filters ?? {}).some((values) => values.length > 0);

/**
 * Changes the searches the Component UI's instance runs:
 * - each is given the order `order()` returns (the Component UI passes Pagefind only the filters,
 *   Pagefind/pagefind#1278);
 * - only the newest of the searches waiting runs: Pagefind searches one at a time in its worker, and
 *   with a search at every key each key would otherwise wait for the letters before it. A search
 *   overtaken while it waits resolves to null, which the Component UI ignores, as it ignores any
 *   search but its latest;
 * - with no filter chosen, results come from two other Pagefind instances that load no filters (once
 *   the filters are loaded, Pagefind counts the results of every search under every filter value,
 *   which took as long as the search itself), each in a worker of its own: a key's search starts on
 *   whichever is free instead of waiting for the previous key's. The counts, which the filter pane
 *   shows, follow once the reader stops typing.
 *
 * The instance's Pagefind API (its `__pagefind__`, set by its `__load__`) is wrapped once loaded.
 */
export function wrapSearch(instance: Instance, order: () => Order): void {
	const internals = instance as unknown as { __load__(): Promise<void>; __pagefind__: PagefindApi | null };
	const load = internals.__load__.bind(instance);
	let wrapped: Promise<void> | undefined;
	// Every search waits for the same wrapping, and so goes on in the order it came: the Component UI
	// numbers its searches after loading, and takes the results of the highest number.
	internals.__load__ = async () => {
		await load();
		const api = internals.__pagefind__;
		if (api) await (wrapped ??= wrap(api));
	};

	async function wrap(api: PagefindApi): Promise<void> {
		const counted = api.search.bind(api);
		const { bundlePath } = instance.options;
		const engines = await Promise.all(
			// Pagefind runs every instance of one module in one worker, so the second engine comes from a
			// second copy of the module (another address), with a worker of its own.
			['pagefind.js', 'pagefind.js?engine=2'].map(async (file) => {
				const pagefind = (await import(/* @vite-ignore */ `${bundlePath}${file}`)) as PagefindModule;
				return { api: pagefind.createInstance(instance.pagefindOptions), busy: false };
			}),
		);

		let latest = 0;
		let queue: Promise<unknown> = Promise.resolve();
		/** Runs `run` after the searches before it, unless a newer search has come meanwhile. */
		const inTurn = <T>(ticket: number, run: () => Promise<T>): Promise<T | null> => {
			const turn = queue.then(() => (ticket === latest ? run() : null));
			queue = turn.catch(() => undefined);
			return turn;
		};

		interface Waiting {
			term: string | null;
			sort: SearchOptions['sort'];
			done: (found: Promise<Found | null> | null) => void;
		}
		let waiting: Waiting | undefined;
		/** Starts the search waiting, if any, on an engine that is not searching; a newer one replaces it. */
		const start = () => {
			const engine = engines.find((candidate) => !candidate.busy);
			if (!waiting || !engine) return;
			const { term, sort, done } = waiting;
			waiting = undefined;
			engine.busy = true;
			const found = engine.api.search(term, sort ? { sort } : {});
			done(found);
			void found.catch(() => undefined).finally(() => {
				engine.busy = false;
				start();
			});
		};
		/** A search without filters, on whichever engine is free: a key need not wait for the search of the key before. */
		const uncounted = (term: string | null, sort: SearchOptions['sort']) =>
			new Promise<Found | null>((resolve, reject) => {
				waiting?.done(null);
				waiting = { term, sort, done: (found) => (found ? found.then(resolve, reject) : resolve(null)) };
				start();
			});

		api.search = (term, options = {}) => {
			const ticket = (latest += 1);
			const sort = ORDERS[order()];
			const full = { ...options, ...(sort ? { sort } : {}) };
			if (chosen(options.filters)) return inTurn(ticket, () => counted(term, full));
			const results = uncounted(term, sort);
			void results.then((found) => {
				if (!found) return;
				setTimeout(() => {
					void inTurn(ticket, () => counted(term, full)).then((withCounts) => {
						if (!withCounts?.filters || ticket !== latest) return;
						instance.availableFilters = withCounts.filters;
						instance.totalFilters = withCounts.totalFilters ?? null;
						instance.__dispatch__('filters', { available: instance.availableFilters, total: instance.totalFilters });
					});
				}, COUNTS_AFTER);
			});
			return results;
		};
	}
}
