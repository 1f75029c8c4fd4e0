/**
 * An index of a list by keys, built once per list: `indexer(keysOf)(items).get(key)` is every item
 * that has the key, in the list's order. For lookups every page of a kind makes (each source page
 * asks which entries cite it), which would otherwise scan the whole list once per page: seconds on
 * a large archive, growing with pages × items. Each item is listed once under a key however often
 * `keysOf` gives it. The list must not change once indexed.
 */
export function indexer<T>(keysOf: (item: T) => Iterable<string>): (items: readonly T[]) => ReadonlyMap<string, readonly T[]> {
	const built = new WeakMap<readonly T[], Map<string, T[]>>();
	return (items) => {
		let index = built.get(items);
		if (!index) {
			index = new Map();
			for (const item of items)
				for (const key of new Set(keysOf(item))) {
					const list = index.get(key);
					if (list) list.push(item);
					else index.set(key, [item]);
				}
			built.set(items, index);
		}
		return index;
	};
}
