// A worker thread of src/share-image/pool.ts: draws the share cards it is sent into the files it is told.
import { writeFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { renderShareImage, type ShareCard } from './render.ts';

parentPort?.on('message', async ({ id, card, file }: { id: number; card: ShareCard; file: string }) => {
	try {
		await writeFile(file, await renderShareImage(card));
		parentPort?.postMessage({ id });
	} catch (error) {
		parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
