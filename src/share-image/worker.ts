// A worker thread of src/share-image/pool.ts: draws the share cards it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { renderShareImage, type ShareCard } from './render.ts';

parentPort?.on('message', async ({ id, card }: { id: number; card: ShareCard }) => {
	try {
		const png = await renderShareImage(card);
		parentPort?.postMessage({ id, png });
	} catch (error) {
		parentPort?.postMessage({ id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
	}
});
