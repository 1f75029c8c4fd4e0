import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardKey, drawingVersion } from './cache.ts';
import type { ShareCard } from './card.ts';

/** A card and the file its PNG is written to. */
export interface CardFile {
	card: ShareCard;
	file: string;
}

export interface Drawn {
	/** Cards drawn now. */
	drawn: number;
	/** Cards copied from the cache, as an earlier call drew them. */
	fromCache: number;
}

interface Job {
	card: ShareCard;
	/** Where the worker writes it, in the cache folder. */
	file: string;
	/** One of the files it is for, to name in an error. */
	for: string;
}

/** Draws the jobs on worker threads, one per core, each taking the next job when it has finished one. */
async function drawOnWorkers(jobs: Job[]): Promise<void> {
	const queue = [...jobs];
	const worker = () =>
		new Promise<void>((done, fail) => {
			const thread = new Worker(new URL('./worker.ts', import.meta.url));
			let current: Job | undefined;
			const next = () => {
				current = queue.shift();
				if (current) thread.postMessage({ card: current.card, file: current.file });
				else void thread.terminate().then(() => done());
			};
			thread.on('message', ({ error }: { error?: string }) => {
				if (error === undefined) return next();
				queue.length = 0;
				void thread.terminate();
				fail(new Error(`The share card of ${current?.for} ("${current?.card.title}") could not be drawn:\n${error}`));
			});
			thread.on('error', (error) => {
				queue.length = 0;
				fail(error);
			});
			thread.on('exit', (code) => {
				if (current) fail(new Error(`The share card worker stopped (exit code ${code}) while drawing the card of ${current.for}`));
			});
			next();
		});
	// Every worker stops before this returns, also when one fails (the others finish their card).
	const stopped = await Promise.allSettled(Array.from({ length: Math.min(availableParallelism(), queue.length) }, worker));
	const failed = stopped.find((result) => result.status === 'rejected');
	if (failed) throw failed.reason;
}

/**
 * Writes each card's PNG to its file. A card that an earlier call drew from the same data with the same
 * drawing code is copied from `cacheDir`; the others are drawn on worker threads and kept there for the
 * next call. The folder is the cache's own: afterwards it holds this call's cards and nothing else.
 */
export async function drawShareCards(cards: readonly CardFile[], { cacheDir }: { cacheDir: string }): Promise<Drawn> {
	await mkdir(cacheDir, { recursive: true });
	const version = drawingVersion();
	const kept = new Set(await readdir(cacheDir));
	const named = cards.map(({ card, file }) => ({ card, file, name: `${cardKey(card, version)}.png` }));
	const missing = new Map<string, Job>();
	for (const { card, file, name } of named)
		if (!kept.has(name) && !missing.has(name)) missing.set(name, { card, file: join(cacheDir, name), for: file });
	await drawOnWorkers([...missing.values()]);
	await Promise.all(
		named.map(async ({ file, name }) => {
			await mkdir(dirname(file), { recursive: true });
			await copyFile(join(cacheDir, name), file);
		}),
	);
	const used = new Set(named.map(({ name }) => name));
	const unused = [...kept].filter((name) => !used.has(name));
	await Promise.all(unused.map((name) => rm(join(cacheDir, name), { force: true, recursive: true })));
	return { drawn: missing.size, fromCache: used.size - missing.size };
}
