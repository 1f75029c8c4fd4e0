import type { Entry } from './entries.ts';
import { remembered } from './remembered.ts';
import { versionKey } from './version-key.ts';

// One cache per process, even if the bundler gives the pages and the feeds separate copies of this module.
const KEY = Symbol.for('campaign.renderedProse');
const store = globalThis as typeof globalThis & { [KEY]?: Map<string, Promise<string>> };

/**
 * An entry's MDX text as HTML, rendered by `render` the first time a build asks for it and kept for the
 * next: the entry page and its feed body (src/lib/feed-content.ts) show the same text. The text depends
 * on the entry alone (its components read nothing but the entry's citation context), so it is the same
 * whichever asks first. The dev server, where editors change entries, renders it afresh every time.
 */
export function proseOnce(entry: Pick<Entry, 'collection' | 'id' | 'data'>, render: () => Promise<string>): Promise<string> {
	// `?.`: outside Vite (the unit tests) there is no import.meta.env, and it is not the dev server.
	if (import.meta.env?.DEV) return render();
	return remembered((store[KEY] ??= new Map()), versionKey(entry), render);
}
