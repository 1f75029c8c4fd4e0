import type { Entry } from './entries.ts';
import { remembered } from './remembered.ts';
import { versionKey } from './version-key.ts';

// One cache per kind of work and process, even if the bundler gives the pages and the feeds separate
// copies of this module.
const KEY = Symbol.for('campaign.oncePerBuild');
const store = globalThis as typeof globalThis & { [KEY]?: Map<string, Map<string, Promise<unknown>>> };

/**
 * Work on one version of an entry (its text rendered, its feed body) done by `make` the first time a
 * build asks for it, and kept under `kind` for every later caller: the entry page and the feeds ask for
 * the same text, and an entry appears in several feeds. The dev server, where editors change entries,
 * does it afresh every time.
 */
export function oncePerBuild<T>(kind: string, entry: Pick<Entry, 'collection' | 'id' | 'data'>, make: () => Promise<T>): Promise<T> {
	// `?.`: outside Vite (the unit tests) there is no import.meta.env, and it is not the dev server.
	if (import.meta.env?.DEV) return make();
	const caches = (store[KEY] ??= new Map());
	const cache = remembered(caches, kind, () => new Map<string, Promise<unknown>>());
	return remembered(cache, versionKey(entry), make) as Promise<T>;
}
