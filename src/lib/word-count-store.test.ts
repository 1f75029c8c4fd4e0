import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Loader, LoaderContext } from 'astro/loaders';
import { countWords } from './reading-time.ts';
import { storedWordCount, storingWordCounts } from './word-count-store.ts';

type Stored = Parameters<LoaderContext['store']['set']>[0];

const BODY = 'Over seventy people were killed <Cite id="cnddhh-report-2023-01-26" /> in the first weeks.';

/** A loader that stores `entries` as Astro's glob loader does, body and all. */
function loaderOf(entries: Stored[]): Loader {
	return {
		name: 'test-files',
		load: async ({ store }) => {
			for (const entry of entries) store.set(entry);
		},
	};
}

/** Runs `loader` against a store that records what it is given; the rest of the context is not used. */
async function load(loader: Loader): Promise<Stored[]> {
	const stored: Stored[] = [];
	const store = { set: (entry: Stored) => stored.push(entry) > 0, values: () => [] } as unknown as LoaderContext['store'];
	await loader.load({ store } as LoaderContext);
	return stored;
}

describe('storingWordCounts', () => {
	it('stores the word count instead of the body, and everything else as it was given', async () => {
		const entry = {
			id: 'counting',
			data: { title: 'Counting', lang: 'en' },
			body: BODY,
			filePath: 'content/articles/counting.mdx',
			digest: 'abc',
		};
		const [stored] = await load(storingWordCounts(loaderOf([entry]), () => 'en'));
		assert.ok(stored);
		assert.equal(stored.body, undefined);
		assert.deepEqual(stored, {
			id: 'counting',
			data: { title: 'Counting', lang: 'en', wordCount: countWords(BODY, 'en-GB') },
			filePath: 'content/articles/counting.mdx',
			digest: 'abc',
		});
		assert.equal(storedWordCount({ collection: 'articles', ...stored }), 9);
	});

	it('asks each entry its language, and counts its own body', async () => {
		const seen: string[] = [];
		const entries = [
			{ id: 'counting', data: {}, body: BODY },
			{ id: 'es/counting', data: {}, body: 'Más de setenta personas murieron.' },
		];
		const stored = await load(storingWordCounts(loaderOf(entries), ({ id }) => (seen.push(id), id.startsWith('es/') ? 'es' : 'en')));
		assert.deepEqual(seen, ['counting', 'es/counting']);
		assert.deepEqual(
			stored.map((entry) => storedWordCount({ collection: 'articles', ...entry })),
			[9, 5],
		);
	});

	it('counts an entry without a body as no words', async () => {
		const [stored] = await load(storingWordCounts(loaderOf([{ id: 'empty', data: {} }]), () => 'en'));
		assert.ok(stored);
		assert.equal(storedWordCount({ collection: 'articles', ...stored }), 0);
	});
});

describe('storedWordCount', () => {
	it('names the entry and the way out when the cache holds it without a count', () => {
		assert.throws(
			() => storedWordCount({ collection: 'articles', id: 'counting', data: { title: 'Counting' } }),
			/articles\/counting .*without its word count.*npx astro sync --force/,
		);
	});
});
