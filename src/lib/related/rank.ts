/** An entry as the ranking of related entries sees it: what it covers, as ids, and when it was published. */
export interface Relatable {
	/** Unique among the entries ranked. */
	key: string;
	events: readonly string[];
	sources: readonly string[];
	topics: readonly string[];
	/** ISO date, so that a later date sorts after an earlier one. */
	published: string;
}

export interface RankOptions {
	/** The most related entries each entry gets. */
	limit: number;
	/** The most entries one event, source or topic puts forward as candidates: its newest ones. */
	widest: number;
}

const FEATURES = ['events', 'sources', 'topics'] as const;

/** How much two entries share: events, sources, topics, in that order of weight. */
type Shared = [events: number, sources: number, topics: number];

interface Candidate {
	entry: Relatable;
	shared: Shared;
}

/** Newest first; entries of the same day by key, so that the order is the same on every build. */
function newestFirst(a: Relatable, b: Relatable): number {
	return a.published < b.published ? 1 : a.published > b.published ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Better first: more events shared, then more sources, then more topics, then newer. */
function better(a: Candidate, b: Candidate): number {
	for (let index = 0; index < FEATURES.length; index += 1) {
		const difference = (b.shared[index] ?? 0) - (a.shared[index] ?? 0);
		if (difference !== 0) return difference;
	}
	return newestFirst(a.entry, b.entry);
}

/**
 * The related entries of each entry, best first, at most `limit`: the entries it shares something
 * with, ranked by the number of events they share, then of sources, then of topics (lexicographically:
 * one more shared event outweighs any number of sources), then newest first, then by key.
 *
 * Only entries that share something are scored: candidates come from an inverted index of each
 * feature (event, source, topic → the entries covering it). A feature shared by more than `widest`
 * entries, such as a broad topic, puts forward only its `widest` newest, so that the work stays linear
 * in the number of entries however common a topic is; what each candidate shares is then counted in
 * full. An entry can be missed only if everything it shares with another is that common, and
 * `widest` newer entries share as much.
 */
export function rankRelated(entries: readonly Relatable[], { limit, widest }: RankOptions): Map<string, string[]> {
	const index = FEATURES.map((feature) => {
		const byId = new Map<string, Relatable[]>();
		for (const entry of entries)
			for (const id of new Set(entry[feature])) {
				const list = byId.get(id);
				if (list) list.push(entry);
				else byId.set(id, [entry]);
			}
		for (const [id, list] of byId) byId.set(id, list.sort(newestFirst).slice(0, widest));
		return byId;
	});

	const related = new Map<string, string[]>();
	for (const entry of entries) {
		const own = FEATURES.map((feature) => new Set(entry[feature]));
		const seen = new Set<Relatable>([entry]);
		const best: Candidate[] = [];
		FEATURES.forEach((_feature, at) => {
			for (const id of own[at] ?? [])
				for (const other of index[at]?.get(id) ?? []) {
					if (seen.has(other)) continue;
					seen.add(other);
					const candidate = { entry: other, shared: FEATURES.map((feature, k) => countIn(other[feature], own[k])) as Shared };
					if (best.length < limit || better(candidate, best[best.length - 1]!) < 0) insertBest(best, candidate, limit);
				}
		});
		related.set(
			entry.key,
			best.map((candidate) => candidate.entry.key),
		);
	}
	return related;
}

/** How many of `values` are in `set`. */
function countIn(values: readonly string[], set: ReadonlySet<string> | undefined): number {
	let count = 0;
	for (const value of values) if (set?.has(value)) count += 1;
	return count;
}

/** Keeps `best` the `limit` best candidates seen so far, in order. */
function insertBest(best: Candidate[], candidate: Candidate, limit: number): void {
	let at = best.length;
	while (at > 0 && better(candidate, best[at - 1]!) < 0) at -= 1;
	if (at >= limit) return;
	best.splice(at, 0, candidate);
	if (best.length > limit) best.pop();
}
