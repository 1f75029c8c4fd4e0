// A worker thread of draw.ts: draws each card it is sent into its file in the cache folder.
import { rename, writeFile } from 'node:fs/promises';
import { parentPort, threadId } from 'node:worker_threads';
import type { ShareCard } from './card.ts';
import { renderShareImage } from './render.ts';

parentPort?.on('message', async ({ card, file }: { card: ShareCard; file: string }) => {
	try {
		// Written whole under another name first, so that the cache never holds half a card.
		const partial = `${file}.${threadId}.partial`;
		await writeFile(partial, await renderShareImage(card));
		await rename(partial, file);
		parentPort?.postMessage({});
	} catch (error) {
		parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
