/**
 * The value under `key` in `cache`, made by `make` the first time it is asked for. For slow work asked
 * again and again with the same input on every page: Intl's formatting and names, above all.
 */
export function remembered<K, T>(cache: Map<K, T>, key: K, make: () => T): T {
	let value = cache.get(key);
	if (value === undefined) {
		value = make();
		cache.set(key, value);
	}
	return value;
}
