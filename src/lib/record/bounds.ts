import type { Qualifier } from '../../schemas/figure.ts';

/** The counts a figure allows: `null` where its qualifier sets no limit on that side. */
export interface Bounds {
	lower: number | null;
	upper: number | null;
}

export interface QualifiedCount {
	qualifier: Qualifier;
	value?: number | undefined;
	min?: number | undefined;
	max?: number | undefined;
}

/**
 * What a source's qualifier lets a reader conclude about the true count, and nothing more. Counts are
 * whole numbers, so "more than 70" means at least 71.
 *
 * | qualifier   | lower | upper | why                                                              |
 * | exact       | v     | v     | the source gives the number itself                               |
 * | at-least    | v     | null  | a floor; the source says nothing of a ceiling                    |
 * | more-than   | v + 1 | null  | strictly above v                                                 |
 * | nearly      | null  | v     | just under v, or v rounded up; how far under is not said         |
 * | about       | null  | null  | a round figure that may lie either side of the truth             |
 * | estimated   | null  | null  | a reconstruction, not a count: no side is guaranteed             |
 * | range       | min   | max   | the source gives both ends                                       |
 */
export function figureBounds(count: QualifiedCount): Bounds {
	const value = count.value ?? null;
	switch (count.qualifier) {
		case 'exact':
			return { lower: value, upper: value };
		case 'at-least':
			return { lower: value, upper: null };
		case 'more-than':
			return { lower: value === null ? null : value + 1, upper: null };
		case 'nearly':
			return { lower: null, upper: value };
		case 'about':
		case 'estimated':
			return { lower: null, upper: null };
		case 'range':
			return { lower: count.min ?? null, upper: count.max ?? null };
	}
}
