import { mkdtempSync, rmSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from './render.ts';

/**
 * Share cards drawn on worker threads. Drawing one (satori's layout, filling, PNG encoding) takes about
 * ten milliseconds of CPU, and the build renders its pages on a single thread; so every card is asked
 * for ahead (`prefetchShareImages`: by the content loaders as soon as the entries are stored, in a
 * build, and by the entry pages' getStaticPaths) and the workers draw them while the build bundles and
 * renders. In a build the cards are not pages: each is moved into the output once the pages are rendered
 * (`publishShareImage`, `writePublishedShareImages`), where Astro took about a millisecond of the build
 * thread and two of wall time per card to render an endpoint that only returned a finished file. The dev
 * server's share.png endpoints draw each card when it is asked for. The workers run the same
 * `renderShareImage` as a direct call, so the PNGs are byte-identical.
 *
 * The worker is loaded from the source folder (the build runs from the project root, as for the fonts)
 * because the bundled build has no file of its own for it.
 */
const WORKER = resolve(process.cwd(), 'src/share-image/worker.ts');
const CORES = Math.max(1, Math.min(4, availableParallelism()));
/**
 * While the build thread still has pages to render, the workers leave it a core of its own (and they run
 * at a lower priority, worker.ts, so that it keeps that core); once the pages are rendered and the build
 * waits for the cards (`writePublishedShareImages`), or an endpoint asks for one, every core draws.
 */
const SIZE_BESIDE_PAGES = Math.max(1, CORES - 1);
/**
 * Cards each worker is given at once. Only the build thread hands out cards, and while it bundles it
 * can be busy for a second at a time: with a few cards in hand, the worker sat idle until it was free
 * again. With 32 (about a third of a second of drawing), the last cards are still shared out evenly
 * between the workers at the end.
 */
const IN_FLIGHT_PER_WORKER = 32;

interface Pool {
	workers: { worker: Worker; inFlight: number }[];
	queue: { id: number; card: ShareCard; file: string }[];
	waiting: Map<number, { done: () => void; fail: (error: Error) => void }>;
	/**
	 * Where finished cards wait to be moved into the output (or read by the dev server's endpoint): on
	 * disk, not in memory, since most cards of a large archive are drawn long before the pages are all
	 * rendered (5,000 cards are some 140 MB of PNG).
	 */
	folder: string | undefined;
	next: number;
	/** Files of the PNGs asked for ahead, by key; removed when they are written into the output or read. */
	prefetched: Map<string, Promise<string>>;
	/** Every key ever prefetched, so that a card already taken is not drawn again. */
	requested: Set<string>;
	/** In a build: where each card goes in the output folder, by key. */
	published: Map<string, string>;
	/** How many workers may draw at once: SIZE_BESIDE_PAGES, then CORES once the build waits for a card. */
	size: number;
	/** Whether this is `astro build`: cards are drawn ahead (`prefetchShareImages`) and published, not rendered as pages. */
	building: boolean;
}

// One pool per process, even if the bundler gives the pages, the endpoints and the integrations separate copies of this module.
const KEY = Symbol.for('campaign.shareImagePool');
const store = globalThis as typeof globalThis & { [KEY]?: Pool };

function pool(): Pool {
	store[KEY] ??= {
		workers: [],
		queue: [],
		waiting: new Map(),
		folder: undefined,
		next: 0,
		prefetched: new Map(),
		requested: new Set(),
		published: new Map(),
		size: SIZE_BESIDE_PAGES,
		building: false,
	};
	return store[KEY];
}

/**
 * Marks this process as `astro build` (src/integrations/share-cards.ts): cards are drawn ahead
 * (`prefetchShareImages`) from as soon as the content is loaded (src/lib/share-cards-ahead.ts), and the
 * build writes them into its output instead of rendering them as pages (`publishShareImage`). Not in
 * `astro dev`, `astro sync` or `astro check`, which load the content too but write no cards, and would
 * wait for them before exiting.
 */
export function startBuilding(): void {
	pool().building = true;
}

export function building(): boolean {
	return pool().building;
}

function dispatch(state: Pool): void {
	while (state.queue.length > 0) {
		let slot = state.workers.slice(0, state.size).find((candidate) => candidate.inFlight < IN_FLIGHT_PER_WORKER);
		if (!slot && state.workers.length < state.size) slot = start(state);
		if (!slot) return;
		const job = state.queue.shift()!;
		slot.inFlight += 1;
		slot.worker.postMessage(job);
	}
}

function start(state: Pool) {
	const worker = new Worker(WORKER);
	const slot = { worker, inFlight: 0 };
	worker.on('message', ({ id, error }: { id: number; error?: string }) => {
		slot.inFlight -= 1;
		const waiter = state.waiting.get(id);
		state.waiting.delete(id);
		if (error) waiter?.fail(new Error(`share image: ${error}`));
		else waiter?.done();
		dispatch(state);
		keepAlive(state);
	});
	worker.on('error', (error) => {
		for (const waiter of state.waiting.values()) waiter.fail(error);
		state.waiting.clear();
		state.workers.splice(state.workers.indexOf(slot), 1);
	});
	state.workers.push(slot);
	return slot;
}

/** While cards are being drawn the workers keep the process alive; idle, they let it exit. */
function keepAlive(state: Pool): void {
	for (const { worker } of state.workers) {
		if (state.waiting.size > 0) worker.ref();
		else worker.unref();
	}
}

function folderOf(state: Pool): string {
	if (state.folder === undefined) {
		const folder = mkdtempSync(join(tmpdir(), 'share-cards-'));
		process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
		state.folder = folder;
	}
	return state.folder;
}

/** The file of a PNG of the card, drawn on a worker thread. */
function drawInPool(card: ShareCard): Promise<string> {
	const state = pool();
	const id = state.next++;
	const file = join(folderOf(state), `${id}.png`);
	return new Promise<string>((done, fail) => {
		state.waiting.set(id, { done: () => done(file), fail });
		state.queue.push({ id, card, file });
		dispatch(state);
		keepAlive(state);
	});
}

/**
 * Reads a finished card. Its file stays until the process exits, when the whole folder goes: deleting
 * each file as it was read cost more than it saved. On ext4 without a journal, as on these machines, an
 * inode freed in the last minutes is skipped when the next file is created, one cache lookup each, so
 * a thousand deletions during the build made every later file (the pages, the cards, the search index)
 * slower to create. At 1,000 articles that scan fell from 9% to 6% of all CPU samples (`perf record -a`),
 * and the build was 2–3 s faster in each of three interleaved pairs.
 */
function take(file: string): Promise<Buffer> {
	return readFile(file);
}

/** A PNG of the card, drawn on a worker thread. */
export async function renderInPool(card: ShareCard): Promise<Buffer> {
	return take(await drawInPool(card));
}

/**
 * In a build, starts drawing cards now, so that they are ready when the build writes them into its
 * output (`writePublishedShareImages`); each key is drawn once. Elsewhere (the dev server, `astro sync`, `astro check`) it does nothing: each card is drawn
 * when it is asked for, if ever.
 */
export function prefetchShareImages(cards: Iterable<[key: string, card: ShareCard]>): void {
	const state = pool();
	if (!state.building) return;
	for (const [key, card] of cards) {
		if (state.requested.has(key)) continue;
		state.requested.add(key);
		const file = drawInPool(card);
		file.catch(() => {}); // reported where it is awaited
		state.prefetched.set(key, file);
	}
}

/** Someone waits for the cards: every core draws, the build thread's included. */
function drawOnEveryCore(state: Pool): void {
	if (state.size < CORES) {
		state.size = CORES;
		dispatch(state);
	}
}

/** The card's PNG: the one prefetched under the key, or drawn now. */
export function shareImage(key: string, card: ShareCard): Promise<Buffer> {
	const state = pool();
	const ready = state.prefetched.get(key);
	state.prefetched.delete(key);
	drawOnEveryCore(state);
	return ready ? ready.then(take) : renderInPool(card);
}

/**
 * In a build, the card belongs in the output at `path` (inside the output folder: "articles/x/share.png"):
 * `writePublishedShareImages` puts it there once the pages are rendered. Drawn ahead if it is not yet.
 */
export function publishShareImage(path: string, key: string, card: ShareCard): void {
	const state = pool();
	if (!state.building) throw new Error(`share image ${path}: cards are published by \`astro build\` only`);
	const earlier = state.published.get(key);
	if (earlier !== undefined && earlier !== path) throw new Error(`share image ${key}: published at both ${earlier} and ${path}`);
	prefetchShareImages([[key, card]]);
	state.published.set(key, path);
}

/** Moves a finished card into the output; copies it if the two folders are on different filesystems. */
async function move(file: string, target: string): Promise<void> {
	await mkdir(dirname(target), { recursive: true });
	try {
		await rename(file, target);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		await copyFile(file, target);
	}
}

/**
 * Writes every published card into the output folder `outDir`, once the pages are rendered: by then
 * most are drawn, and the rest are drawn on every core. Returns how many were written. A card that
 * failed to draw fails the build here, with the worker's error.
 */
export async function writePublishedShareImages(outDir: string): Promise<number> {
	const state = pool();
	drawOnEveryCore(state);
	const published = [...state.published];
	state.published.clear();
	await Promise.all(
		published.map(async ([key, path]) => {
			const file = state.prefetched.get(key);
			state.prefetched.delete(key);
			if (!file) throw new Error(`share image ${path}: its card ${key} was taken by an endpoint`);
			await move(await file, join(outDir, path));
		}),
	);
	return published.length;
}
