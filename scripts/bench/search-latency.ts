// How long search takes as a reader meets it: the built site served as `npm run serve` serves it
// (scripts/serve.ts, with the headers of _headers), Debian's Chromium driven by Playwright, a word typed
// into the search page's field a key at a time, and the time from the last key to the first result on
// screen. Each word is typed on a freshly opened page with an empty cache, as on a first visit, so that
// whatever loading the search needs and has not finished by the last key is counted too.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumPath } from '../../tests/browser/chromium-path.ts';

export interface WordTiming {
	word: string;
	/** From the last key to the first result link on screen, ms. */
	ms: number;
	/** From the last key to Pagefind being asked to search (the field's debounce), ms. */
	searchStartedMs: number;
	/** From the last key to the list of results being known (before any result is shown), ms. */
	resultsKnownMs: number;
	/** What the page fetched from the search index between the last key and the first result. */
	fetchedAfterKey: { file: string; startMs: number; endMs: number; bytes: number }[];
	/** When the page had loaded Pagefind's script, WebAssembly and index metadata, from navigation start, ms. */
	pagefindReadyMs: number | null;
	/** Results shown for the word. */
	results: number;
	/** Every request of the page and its worker, and the Component UI's events, from the last key (ms): for the breakdown. */
	timeline: string[];
}

export interface SearchLatency {
	words: WordTiming[];
	medianMs: number;
	worstMs: number;
	/** Medians of the parts of the time, for the breakdown. */
	medianSearchStartedMs: number;
	medianResultsKnownMs: number;
	/** The keys' spacing while typing, ms. */
	keyDelayMs: number;
}

/** A reader typing at about seven keys a second. */
const KEY_DELAY_MS = 140;

async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
		});
	});
}

async function waitFor(url: string, server: ChildProcess): Promise<void> {
	for (let tries = 0; tries < 300; tries += 1) {
		if (server.exitCode !== null) throw new Error(`scripts/serve.ts exited with ${server.exitCode}`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((done) => setTimeout(done, 100));
	}
	throw new Error(`the site did not answer at ${url}`);
}

/**
 * Runs in the page before its own scripts (not subject to its CSP): notes the time of every key pressed
 * and of the first result link added after the last one while the summary reports the results for the
 * whole word ("12 results for protest"), not for the letters typed before it.
 */
const PROBE = `(() => {
	const probe = { keys: [], firstResult: null, summary: '', events: [] };
	window.__searchProbe = probe;
	addEventListener('keydown', () => { probe.keys.push(performance.now()); probe.firstResult = null; }, true);
	new MutationObserver((records) => {
		if (probe.firstResult !== null || probe.keys.length === 0) return;
		for (const record of records)
			for (const node of record.addedNodes)
				if (node instanceof Element && (node.matches('.search-result-link') || node.querySelector('.search-result-link'))) {
					const summary = (document.querySelector('pagefind-summary')?.textContent ?? '').trim();
					if (!/^[0-9]/.test(summary) || !summary.endsWith(probe.expect)) continue;
					probe.firstResult = performance.now();
					probe.summary = summary;
					return;
				}
	}).observe(document, { childList: true, subtree: true });
})();`;

interface ProbeState {
	keys: number[];
	firstResult: number | null;
	summary: string;
	events: { name: string; at: number; term?: string }[];
}

async function timeWord(page: Page, url: string, word: string, indexPath: string): Promise<WordTiming> {
	// Pagefind fetches its index from a worker, whose fetches the page's own timeline leaves out.
	const requests: { url: string; start: number; end: number; bytes: number }[] = [];
	page.on('requestfinished', async (request) => {
		const timing = request.timing();
		const sizes = await request.sizes().catch(() => ({ responseBodySize: 0 }));
		requests.push({ url: request.url(), start: timing.startTime, end: timing.startTime + timing.responseEnd, bytes: sizes.responseBodySize });
	});
	await page.goto(url, { waitUntil: 'load' });
	// The Component UI's own events, to split the time: when Pagefind is asked, when the results are known.
	// The page loads the Component UI after its first paint.
	await page.waitForFunction(() => 'PagefindComponents' in window);
	await page.evaluate((expect) => {
		const state = (window as unknown as { __searchProbe: ProbeState & { expect?: string } }).__searchProbe;
		state.expect = expect;
		const components = (window as unknown as { PagefindComponents?: { getInstanceManager(): { getInstance(name: string): { on(event: string, callback: (...args: unknown[]) => void): void } } } }).PagefindComponents;
		const instance = components?.getInstanceManager().getInstance('default');
		for (const name of ['search', 'results'])
			instance?.on(name, (term) => state.events.push({ name, at: performance.now(), term: typeof term === 'string' ? term : undefined }));
	}, word);
	const input = page.locator('pagefind-input input');
	await input.click();
	await input.pressSequentially(word, { delay: KEY_DELAY_MS });
	await page
		.waitForFunction(() => (window as unknown as { __searchProbe: ProbeState }).__searchProbe.firstResult !== null, undefined, {
			timeout: 30_000,
			polling: 50,
		})
		.catch(async (error: unknown) => {
			const seen = await page.evaluate(() => ({
				probe: (window as unknown as { __searchProbe: ProbeState }).__searchProbe,
				summary: document.querySelector('pagefind-summary')?.textContent,
				links: document.querySelectorAll('.search-result-link').length,
			}));
			throw new Error(`no result for “${word}” was seen: ${JSON.stringify(seen)}`, { cause: error });
		});
	const state = await page.evaluate(() => (window as unknown as { __searchProbe: ProbeState }).__searchProbe);
	const lastKey = state.keys.at(-1) ?? 0;
	const firstResult = state.firstResult ?? 0;
	const searchStarted = state.events.find((event) => event.name === 'search' && event.at >= lastKey && event.term === word);
	const resultsKnown = state.events.find((event) => event.name === 'results' && event.at >= (searchStarted?.at ?? lastKey));
	// Request times are wall-clock; the page's clock starts at its time origin.
	const timeOrigin = await page.evaluate(() => performance.timeOrigin);
	const resources = requests.map((request) => ({ ...request, start: request.start - timeOrigin, end: request.end - timeOrigin }));
	const fromIndex = resources.filter((resource) => new URL(resource.url).pathname.startsWith(indexPath));
	const ready = fromIndex.filter((resource) => /pagefind\.js$|\.pagefind$|pf_meta$|pagefind-entry\.json/.test(new URL(resource.url).pathname));
	return {
		word,
		ms: +(firstResult - lastKey).toFixed(1),
		searchStartedMs: +((searchStarted?.at ?? Number.NaN) - lastKey).toFixed(1),
		resultsKnownMs: +((resultsKnown?.at ?? Number.NaN) - lastKey).toFixed(1),
		fetchedAfterKey: fromIndex
			.filter((resource) => resource.end >= lastKey && resource.start <= firstResult)
			.map((resource) => ({
				file: new URL(resource.url).pathname.slice(indexPath.length),
				startMs: +(resource.start - lastKey).toFixed(1),
				endMs: +(resource.end - lastKey).toFixed(1),
				bytes: resource.bytes,
			})),
		pagefindReadyMs: ready.length > 0 ? +Math.max(...ready.map((resource) => resource.end)).toFixed(1) : null,
		// The count leads the summary, perhaps with digit grouping ("1,000 results for …").
		results: Number((/^[\d.,\s]+/.exec(state.summary)?.[0] ?? '0').replace(/\D/g, '')),
		timeline: [
			...resources.map((resource) => ({ at: resource.start, text: `${new URL(resource.url).pathname} ${(resource.start - lastKey).toFixed(0)}–${(resource.end - lastKey).toFixed(0)} (${resource.bytes} B)` })),
			...state.events.map((event) => ({ at: event.at, text: `${event.name}(${event.term ?? ''}) ${(event.at - lastKey).toFixed(0)}` })),
			...state.keys.map((at, index) => ({ at, text: `key ${index + 1} ${(at - lastKey).toFixed(0)}` })),
			{ at: firstResult, text: `first result ${(firstResult - lastKey).toFixed(0)}` },
		]
			.sort((a, b) => a.at - b.at)
			.map((item) => item.text),
	};
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * Serves the built site in `dist` (under `base`, as it was built) and times a search for each word on
 * the search page of the default language.
 */
export async function measureSearchLatency(dist: string, words: readonly string[], base = '/'): Promise<SearchLatency> {
	const executablePath = chromiumPath();
	if (!executablePath) throw new Error('Chromium not found: install it with `apt-get install chromium`, or set CHROMIUM_PATH.');
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, [resolve(import.meta.dirname, '../serve.ts'), '--port', String(port), '--host', '127.0.0.1'], {
		env: { ...process.env, BUILD_OUT_DIR: dist, BASE_PATH: base },
		stdio: 'ignore',
	});
	const browser = await chromium.launch({
		executablePath,
		args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
	try {
		await waitFor(`${origin}${base}`, server);
		const timings: WordTiming[] = [];
		for (const word of words) {
			const context = await browser.newContext();
			await context.addInitScript({ content: PROBE });
			timings.push(await timeWord(await context.newPage(), `${origin}${base}search/`, word, `${base}pagefind/`));
			await context.close();
		}
		const all = timings.map((timing) => timing.ms);
		return {
			words: timings,
			medianMs: +median(all).toFixed(1),
			worstMs: Math.max(...all),
			medianSearchStartedMs: +median(timings.map((timing) => timing.searchStartedMs)).toFixed(1),
			medianResultsKnownMs: +median(timings.map((timing) => timing.resultsKnownMs)).toFixed(1),
			keyDelayMs: KEY_DELAY_MS,
		};
	} finally {
		await browser.close();
		server.kill();
	}
}
