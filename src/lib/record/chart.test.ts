import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureSchema } from '../../schemas/figure.ts';
import { CHART_SIZE, SHAPES, arrowPath, chartModel, niceStep, seriesOf, shapePath, timeDomain, valueTicks } from './chart.ts';
import { type CitingEntry, type Report, groupReports } from './reports.ts';

const entry: CitingEntry = { collection: 'articles', id: 'an-article', title: 'An article', path: '/articles/an-article/', published: '2024-01-01', lang: 'en' };

/** Reports built from figure fields; each gets its own id and, unless told, its own source. */
function reports(...changes: Record<string, unknown>[]): Report[] {
	return groupReports(
		changes.map((change, index) => ({
			entry,
			figure: figureSchema.parse({
				id: `figure-${index}`,
				category: 'killed',
				qualifier: 'exact',
				value: 50,
				unit: 'people',
				wording: `wording ${index}`,
				period: { from: '2022-12-07', to: '2023-01' },
				reported: '2023-01',
				place: { country: 'PE' },
				source: `source-${index}`,
				...change,
			}),
		})),
	);
}

describe('niceStep and valueTicks', () => {
	it('round steps to 1, 2 or 5 times a power of ten', () => {
		assert.deepEqual([0.3, 1, 1.5, 3, 7, 12, 240, 999].map(niceStep), [1, 1, 2, 5, 10, 20, 500, 1000]);
	});

	it('start the value axis at 0 and leave room above the highest value', () => {
		for (const highest of [0, 2, 3, 48, 70, 1070, 1200]) {
			const ticks = valueTicks(highest);
			assert.equal(ticks[0], 0, String(highest));
			assert.ok((ticks.at(-1) ?? 0) >= highest * 1.2, `${highest}: top ${ticks.at(-1)}`);
			assert.ok(ticks.length <= 7, `${highest}: ${ticks.length} ticks`);
		}
	});
});

describe('timeDomain', () => {
	it('covers whole months, from the first day any report may mean to the last', () => {
		const domain = timeDomain(reports({ reported: '2023-01-26', period: { from: '2022-12-07', to: '2023-01-26' } }, { reported: '2023-05', period: { from: '2022-12', to: '2023-05' } }));
		assert.deepEqual(
			domain.ticks.map((tick) => tick.month),
			['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06'],
		);
		assert.equal(domain.ticks[0]?.withYear, true);
		assert.equal(domain.ticks[1]?.withYear, false);
	});

	it('labels at most five months at a time, showing the year on each January', () => {
		const domain = timeDomain(reports({ reported: '2021-06', period: { from: '2021-06', to: '2021-06' } }, { reported: '2023' , period: { from: '2022', to: '2023' }}));
		assert.ok(domain.ticks.length <= 6, `${domain.ticks.length} ticks`);
		for (const tick of domain.ticks.filter((tick) => tick.month.endsWith('-01'))) assert.equal(tick.withYear, true);
	});
});

describe('seriesOf', () => {
	it('gives every source a different shape and a different colour, in order of its first report', () => {
		const series = seriesOf(reports(...SHAPES.map(() => ({}))));
		assert.equal(new Set(series.map((item) => item.shape)).size, SHAPES.length);
		assert.equal(new Set(series.map((item) => item.colour)).size, SHAPES.length);
	});

	it('keeps each pair of shape and colour distinct well beyond the number of shapes', () => {
		const series = seriesOf(reports(...Array.from({ length: 24 }, () => ({}))));
		assert.equal(new Set(series.map((item) => `${item.shape}/${item.colour}`)).size, 24);
	});

	it('gives one source’s reports one series', () => {
		assert.equal(seriesOf(reports({ source: 'same' }, { source: 'same', value: 60 })).length, 1);
	});
});

describe('chartModel', () => {
	const model = chartModel(
		reports(
			{ qualifier: 'exact', value: 48 },
			{ qualifier: 'more-than', value: 60 },
			{ qualifier: 'nearly', value: 60 },
			{ qualifier: 'about', value: 70 },
			{ qualifier: 'range', min: 1000, max: 1200, value: undefined, reported: '2023-05-10', period: { from: '2022-12', to: '2023-05' } },
		),
	);
	const mark = (qualifier: string) => {
		const found = model.marks.find((item) => item.report.figure.qualifier === qualifier);
		assert.ok(found, qualifier);
		return found;
	};

	it('draws one mark per report, each with its source’s series', () => {
		assert.equal(model.marks.length, 5);
		for (const item of model.marks) assert.equal(item.series.sourceId, item.report.figure.source.id);
	});

	it('has a value axis from 0 at the bottom of the plot', () => {
		assert.equal(model.yTicks[0]?.value, 0);
		assert.equal(model.yTicks[0]?.y, model.plot.bottom);
	});

	it('draws "more than" with an arrow pointing up and "nearly" with one pointing down', () => {
		assert.equal(mark('more-than').kind, 'at-least');
		assert.match(mark('more-than').arrow ?? '', /^M[\d.]+ ([\d.]+)V([\d.]+)/);
		const [, upFrom, upTip] = /^M[\d.]+ ([\d.]+)V([\d.]+)/.exec(mark('more-than').arrow ?? '') ?? [];
		assert.ok(Number(upTip) < Number(upFrom), 'the arrow of "more than" points up');
		const [, downFrom, downTip] = /^M[\d.]+ ([\d.]+)V([\d.]+)/.exec(mark('nearly').arrow ?? '') ?? [];
		assert.ok(Number(downTip) > Number(downFrom), 'the arrow of "nearly" points down');
		assert.equal(mark('exact').arrow, undefined);
	});

	it('draws an approximation as its own kind, and a range as a bar from its low to its high end', () => {
		assert.equal(mark('about').kind, 'approximate');
		const range = mark('range');
		assert.equal(range.kind, 'range');
		assert.ok(range.bar);
		const yOf = (value: number) => model.plot.bottom - (value / (model.yTicks.at(-1)?.value ?? 1)) * (model.plot.bottom - model.plot.top);
		assert.ok(Math.abs(range.bar.y - yOf(1200)) < 0.01);
		assert.ok(Math.abs(range.bar.y + range.bar.height - yOf(1000)) < 0.01);
	});

	it('places a month mid-month and shows its span; a day has no span', () => {
		const month = mark('exact');
		assert.ok(month.span);
		assert.ok(month.span.x1 < month.x && month.x < month.span.x2);
		assert.equal(mark('range').span, undefined);
	});

	it('spreads reports of the same date sideways so that none hides another', () => {
		const january = model.marks.filter((item) => item.report.figure.reported.iso === '2023-01');
		assert.equal(new Set(january.map((item) => item.x)).size, january.length);
	});

	it('keeps every mark, arrow and bar inside the drawing', () => {
		for (const item of model.marks) {
			const numbers = `${item.marker} ${item.arrow ?? ''}`.match(/-?[\d.]+/g)?.map(Number) ?? [];
			for (const value of numbers) assert.ok(value >= 0 && value <= CHART_SIZE.width, `${item.report.id}: ${value}`);
			assert.ok(item.y >= model.plot.top && item.y <= model.plot.bottom, item.report.id);
		}
	});
});

describe('shapePath and arrowPath', () => {
	it('draw closed paths around the centre for every shape', () => {
		for (const shape of SHAPES) {
			const path = shapePath(shape, 100, 50, 5);
			assert.match(path, /^M.*Z$/, shape);
			// The points the path goes through: after M and L, and at the end of each arc of the circle.
			const xs = [...path.matchAll(/(?:[ML]|0 1 0 )(-?[\d.]+) -?[\d.]+/g)].map((match) => Number(match[1]));
			assert.ok(Math.min(...xs) < 100 && Math.max(...xs) > 100, shape);
		}
	});

	it('draw an arrow from the edge of the mark', () => {
		assert.equal(arrowPath(10, 100, -1, 5, 16), 'M10 93V77M6 81L10 77L14 81');
	});
});
