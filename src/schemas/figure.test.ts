import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertIssues } from '../../tests/support/assert-issues.ts';
import { FIGURE_CATEGORIES, QUALIFIERS, breakdownSchema, figureSchema, periodSchema, placeSchema } from './figure.ts';

interface QuantityInput {
	qualifier: string;
	value?: number;
	min?: number;
	max?: number;
}

interface FigureInput extends QuantityInput {
	id: string;
	category: string;
	unit: string;
	wording: string;
	victims?: string;
	perpetrator?: string;
	period: { from: unknown; to: unknown };
	reported: unknown;
	place: { country: string; region?: string };
	breakdown?: (QuantityInput & { label: string })[];
	source: string;
	via?: string;
}

/** A figure with every field filled in, as an editor would write it in frontmatter. */
const GOOD: FigureInput = {
	id: 'toll-cnddhh-killed',
	category: 'killed',
	qualifier: 'more-than',
	value: 70,
	unit: 'people',
	wording: 'the death of over 70 protestors which includes 7 children',
	victims: 'protesters',
	perpetrator: 'state security forces',
	period: { from: '2022-12-07', to: '2023-01-26' },
	reported: '2023-01-26',
	place: { country: 'PE', region: 'Puno' },
	breakdown: [
		{ label: 'children', qualifier: 'exact', value: 7 },
		{ label: 'adults', qualifier: 'range', min: 60, max: 63 },
	],
	source: 'cnddhh-report-2023-01-26',
	via: 'williams-labour-briefing-2023-03',
};

function variant(change: (figure: FigureInput) => void): FigureInput {
	const figure = structuredClone(GOOD);
	change(figure);
	return figure;
}

describe('figureSchema accepts', () => {
	it('a figure with every field', () => {
		const figure = figureSchema.parse(GOOD);
		assert.equal(figure.id, 'toll-cnddhh-killed');
		assert.equal(figure.value, 70);
		assert.deepEqual(figure.period, {
			from: { iso: '2022-12-07', precision: 'day' },
			to: { iso: '2023-01-26', precision: 'day' },
		});
		assert.deepEqual(figure.reported, { iso: '2023-01-26', precision: 'day' });
		assert.deepEqual(figure.place, { country: 'PE', region: 'Puno' });
		assert.deepEqual(figure.breakdown, GOOD.breakdown);
		assert.deepEqual(figure.source, { collection: 'sources', id: 'cnddhh-report-2023-01-26' });
		assert.deepEqual(figure.via, { collection: 'sources', id: 'williams-labour-briefing-2023-03' });
	});

	it('a figure with only the required fields', () => {
		const figure = figureSchema.parse(
			variant((f) => {
				delete f.victims;
				delete f.perpetrator;
				delete f.breakdown;
				delete f.via;
				delete f.place.region;
			}),
		);
		assert.equal(figure.via, undefined);
		assert.equal(figure.breakdown, undefined);
	});

	it('every category', () => {
		for (const category of FIGURE_CATEGORIES)
			assert.equal(figureSchema.safeParse(variant((f) => (f.category = category))).success, true, category);
	});

	it('every qualifier but range with a value', () => {
		for (const qualifier of QUALIFIERS.filter((q) => q !== 'range'))
			assert.equal(figureSchema.safeParse(variant((f) => (f.qualifier = qualifier))).success, true, qualifier);
	});

	it('a range with min and max, including min equal to max', () => {
		for (const [min, max] of [
			[1000, 1200],
			[5, 5],
		] as const) {
			const figure = figureSchema.parse(
				variant((f) => {
					f.qualifier = 'range';
					delete f.value;
					f.min = min;
					f.max = max;
				}),
			);
			assert.deepEqual([figure.min, figure.max], [min, max]);
		}
	});

	it('zero', () => {
		assert.equal(figureSchema.safeParse(variant((f) => (f.value = 0))).success, true);
	});

	it('dates that YAML read as a Date or a number', () => {
		const figure = figureSchema.parse(
			variant((f) => {
				f.period = { from: 2022, to: new Date('2023-01-26') };
				f.reported = new Date('2023-01-26');
			}),
		);
		assert.deepEqual(figure.period.from, { iso: '2022', precision: 'year' });
		assert.deepEqual(figure.reported, { iso: '2023-01-26', precision: 'day' });
	});

	it('a period and a report that overlap at a coarser precision', () => {
		// The period may end in the month it was reported in, and start on a day inside the month it ends in.
		assert.equal(figureSchema.safeParse(variant((f) => (f.period = { from: '2023-01-15', to: '2023-01' }))).success, true);
		assert.equal(figureSchema.safeParse(variant((f) => (f.period = { from: '2022-12-07', to: '2023' }))).success, true);
		assert.equal(
			figureSchema.safeParse(
				variant((f) => {
					f.period = { from: '2022-12-07', to: '2023-01-31' };
					f.reported = '2023-01';
				}),
			).success,
			true,
		);
	});
});

describe('figureSchema rejects', () => {
	it('an unknown category', () => {
		assertIssues(figureSchema.safeParse(variant((f) => (f.category = 'massacre'))), [
			{ path: 'category', message: /expected one of "killed"\|"injured"/ },
		]);
	});

	it('an unknown qualifier', () => {
		assertIssues(figureSchema.safeParse(variant((f) => (f.qualifier = 'roughly'))), [{ path: 'qualifier', message: /expected one of/ }]);
	});

	it('an unknown unit', () => {
		assertIssues(figureSchema.safeParse(variant((f) => (f.unit = 'households'))), [
			{ path: 'unit', message: /expected one of "people"\|"incidents"/ },
		]);
	});

	it('a qualifier without a value', () => {
		assertIssues(
			figureSchema.safeParse(
				variant((f) => {
					f.qualifier = 'about';
					delete f.value;
				}),
			),
			[{ path: 'value', message: 'qualifier "about" needs a value' }],
		);
	});

	it('min or max with a qualifier other than range', () => {
		assertIssues(
			figureSchema.safeParse(
				variant((f) => {
					f.min = 1;
					f.max = 2;
				}),
			),
			[
				{ path: 'min', message: 'min is only for qualifier "range"' },
				{ path: 'max', message: 'max is only for qualifier "range"' },
			],
		);
	});

	it('a range without min and max', () => {
		assertIssues(
			figureSchema.safeParse(
				variant((f) => {
					f.qualifier = 'range';
					delete f.value;
				}),
			),
			[
				{ path: 'min', message: 'a range needs min' },
				{ path: 'max', message: 'a range needs max' },
			],
		);
	});

	it('a range without max', () => {
		assertIssues(
			figureSchema.safeParse(
				variant((f) => {
					f.qualifier = 'range';
					delete f.value;
					f.min = 3;
				}),
			),
			[{ path: 'max', message: 'a range needs max' }],
		);
	});

	it('a range out of order', () => {
		assertIssues(
			figureSchema.safeParse(
				variant((f) => {
					f.qualifier = 'range';
					delete f.value;
					f.min = 1200;
					f.max = 1000;
				}),
			),
			[{ path: 'max', message: 'range is out of order: min 1200 is greater than max 1000' }],
		);
	});

	it('a value with a range', () => {
		assertIssues(
			figureSchema.safeParse(
				variant((f) => {
					f.qualifier = 'range';
					f.min = 60;
					f.max = 80;
				}),
			),
			[{ path: 'value', message: 'a range takes min and max, not value' }],
		);
	});

	it('a negative count', () => {
		assertIssues(figureSchema.safeParse(variant((f) => (f.value = -3))), [{ path: 'value', message: 'must not be negative' }]);
	});

	it('a count that is not a whole number', () => {
		assertIssues(figureSchema.safeParse(variant((f) => (f.value = 2.5))), [{ path: 'value', message: 'must be a whole number' }]);
	});

	it('a count written as text', () => {
		const figure = { ...structuredClone(GOOD), value: '70' };
		assertIssues(figureSchema.safeParse(figure), [{ path: 'value', message: 'must be a whole number' }]);
	});

	it('a period that ends after the figure was reported', () => {
		assertIssues(figureSchema.safeParse(variant((f) => (f.period.to = '2023-02'))), [
			{ path: 'period.to', message: 'period ends (2023-02) after the figure was reported (2023-01-26)' },
		]);
	});

	it('a period that ends before it starts', () => {
		assertIssues(figureSchema.safeParse(variant((f) => (f.period = { from: '2023-01-10', to: '2023-01-09' }))), [
			{ path: 'period.to', message: 'period ends before it starts' },
		]);
	});

	it('a period given as one date', () => {
		const figure = { ...structuredClone(GOOD), period: '2023-01' };
		assertIssues(figureSchema.safeParse(figure), [{ path: 'period', message: /expected object/ }]);
	});

	it('a future report date', () => {
		assertIssues(figureSchema.safeParse(variant((f) => (f.reported = '2999-01'))), [{ path: 'reported', message: /future/ }]);
	});

	it('via naming the same source as source', () => {
		assertIssues(figureSchema.safeParse(variant((f) => (f.via = f.source))), [
			{ path: 'via', message: 'via names the same source as source; leave via out' },
		]);
	});

	it('country codes that are not ISO 3166-1 alpha-2 in capitals', () => {
		for (const country of ['XX', 'pe', 'PER', 'Peru', ''])
			assertIssues(figureSchema.safeParse(variant((f) => (f.place.country = country))), [
				{ path: 'place.country', message: /ISO 3166-1 alpha-2 country code in capitals/ },
			]);
	});

	it('a bad part of the breakdown, naming its index', () => {
		assertIssues(
			figureSchema.safeParse(
				variant((f) => {
					const part = f.breakdown?.[1];
					assert.ok(part);
					part.min = 70;
					part.max = 60;
				}),
			),
			[{ path: 'breakdown[1].max', message: 'range is out of order: min 70 is greater than max 60' }],
		);
	});

	it('a breakdown part without a label', () => {
		assertIssues(figureSchema.safeParse(variant((f) => (f.breakdown = [{ label: '', qualifier: 'exact', value: 7 }]))), [
			{ path: 'breakdown[0].label', message: /too small|at least 1|>=1/i },
		]);
	});

	it('an id that is not lower-case words joined by hyphens', () => {
		for (const id of ['Toll', 'toll_killed', 'toll--killed', '-toll', ''])
			assertIssues(figureSchema.safeParse(variant((f) => (f.id = id))), [
				{ path: 'id', message: /lower-case letters, digits and hyphens/ },
			]);
	});

	it('empty wording', () => {
		assertIssues(figureSchema.safeParse(variant((f) => (f.wording = ''))), [{ path: 'wording', message: /too small|>=1/i }]);
	});

	it('an unknown field', () => {
		const figure = { ...structuredClone(GOOD), note: 'typo for notes' };
		assertIssues(figureSchema.safeParse(figure), [{ path: '', message: /Unrecognized key: "note"/ }]);
	});
});

describe('the parts of a figure', () => {
	it('breakdownSchema follows the same quantity rules', () => {
		assert.equal(breakdownSchema.safeParse({ label: 'children', qualifier: 'at-least', value: 7 }).success, true);
		assertIssues(breakdownSchema.safeParse({ label: 'children', qualifier: 'at-least' }), [
			{ path: 'value', message: 'qualifier "at-least" needs a value' },
		]);
	});

	it('periodSchema accepts a single day and compares across precisions', () => {
		assert.equal(periodSchema.safeParse({ from: '2023-01-26', to: '2023-01-26' }).success, true);
		assert.equal(periodSchema.safeParse({ from: '2023', to: '2023-01' }).success, true);
		assertIssues(periodSchema.safeParse({ from: '2023-02', to: '2023-01' }), [{ path: 'to', message: 'period ends before it starts' }]);
	});

	it('placeSchema takes a country and an optional region', () => {
		assert.deepEqual(placeSchema.parse({ country: 'BO' }), { country: 'BO' });
		assertIssues(placeSchema.safeParse({ country: 'PE', region: '' }), [{ path: 'region', message: /too small|>=1/i }]);
	});
});
