import type { Qualifier } from '../../schemas/figure.ts';
import { dateSpan, dayFromNumber, dayNumber } from './dates.ts';
import type { Report } from './reports.ts';

/**
 * The geometry of a chart of reported figures over time, in the units of the SVG's viewBox: which
 * source each mark belongs to, where it sits and what it looks like. Markup and words are left to
 * FigureChart.astro. No line ever joins two marks: each report stands alone.
 */

export const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'cross', 'star'] as const;
export type Shape = (typeof SHAPES)[number];
/** How many series colours the stylesheet defines (--series-1 … --series-8). */
export const COLOURS = 8;

/** How a report is drawn: a filled mark, an open one for approximations, arrows for open-ended counts, a bar for a range. */
export type MarkKind = 'exact' | 'approximate' | 'at-least' | 'nearly' | 'range';

export const MARK_KIND: Record<Qualifier, MarkKind> = {
	exact: 'exact',
	about: 'approximate',
	estimated: 'approximate',
	'at-least': 'at-least',
	'more-than': 'at-least',
	nearly: 'nearly',
	range: 'range',
};

export interface ChartSeries {
	sourceId: string;
	shape: Shape;
	/** 1-based, for the CSS variable --series-<colour>. */
	colour: number;
}

export interface ChartMark {
	report: Report;
	series: ChartSeries;
	kind: MarkKind;
	/** Where the source's mark is drawn. */
	x: number;
	y: number;
	/** Path of the mark itself. */
	marker: string;
	/** Path of the arrow of an open-ended count: up for "at least" and "more than", down for "nearly". */
	arrow?: string;
	/** The bar of a range, from its low end to its high end. */
	bar?: { x: number; y: number; width: number; height: number };
	/** The days a report dated only to a month or a year may have appeared on, drawn at its height. */
	span?: { x1: number; x2: number; y: number };
}

export interface ChartModel {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	/** First days of months on the time axis; the year is shown on the first and on every January. */
	xTicks: { x: number; month: string; withYear: boolean }[];
	yTicks: { y: number; value: number }[];
	series: ChartSeries[];
	marks: ChartMark[];
}

export const CHART_SIZE = { width: 360, height: 240, left: 46, right: 14, top: 24, bottom: 34, markerRadius: 5, arrowLength: 16, dodge: 11 };

/** The path of a shape centred on (x, y), r being about half its width. */
export function shapePath(shape: Shape, x: number, y: number, r: number): string {
	const p = (dx: number, dy: number) => `${round(x + dx)} ${round(y + dy)}`;
	switch (shape) {
		case 'circle':
			return `M${p(-r, 0)}A${r} ${r} 0 1 0 ${p(r, 0)}A${r} ${r} 0 1 0 ${p(-r, 0)}Z`;
		case 'square': {
			const s = r * 0.9;
			return `M${p(-s, -s)}L${p(s, -s)}L${p(s, s)}L${p(-s, s)}Z`;
		}
		case 'diamond':
			return `M${p(0, -r * 1.25)}L${p(r * 1.25, 0)}L${p(0, r * 1.25)}L${p(-r * 1.25, 0)}Z`;
		case 'triangle':
			return `M${p(0, -r * 1.2)}L${p(r * 1.15, r * 0.9)}L${p(-r * 1.15, r * 0.9)}Z`;
		case 'cross': {
			const a = r * 0.4;
			return `M${p(-a, -r)}L${p(a, -r)}L${p(a, -a)}L${p(r, -a)}L${p(r, a)}L${p(a, a)}L${p(a, r)}L${p(-a, r)}L${p(-a, a)}L${p(-r, a)}L${p(-r, -a)}L${p(-a, -a)}Z`;
		}
		case 'star': {
			const points = Array.from({ length: 10 }, (_, index) => {
				const angle = (Math.PI / 5) * index - Math.PI / 2;
				const radius = index % 2 === 0 ? r * 1.3 : r * 0.55;
				return p(Math.cos(angle) * radius, Math.sin(angle) * radius);
			});
			return `M${points.join('L')}Z`;
		}
	}
}

/** An arrow from the edge of a mark at (x, y): up (direction -1) or down (1). */
export function arrowPath(x: number, y: number, direction: -1 | 1, r: number, length: number): string {
	const from = y + direction * (r + 2);
	const tip = from + direction * length;
	const head = 4;
	return `M${round(x)} ${round(from)}V${round(tip)}M${round(x - head)} ${round(tip - direction * head)}L${round(x)} ${round(tip)}L${round(x + head)} ${round(tip - direction * head)}`;
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}

/** A step of 1, 2 or 5 times a power of ten, at least `raw`. */
export function niceStep(raw: number): number {
	if (raw <= 1) return 1;
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw);
	return step ?? 10 * power;
}

/** The value axis: from 0 to a round number with room above the highest mark for an arrow. */
export function valueTicks(highest: number, count = 4): number[] {
	const step = niceStep((Math.max(highest, 1) * 1.2) / count);
	const top = Math.ceil((Math.max(highest, 1) * 1.2) / step) * step;
	return Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step);
}

function monthIndex(day: string): number {
	return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

function monthStart(index: number): string {
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The time axis: whole months from the first day any report may mean to the last, with at most `maxTicks` labels. */
export function timeDomain(reports: readonly Report[], maxTicks = 5): { start: number; end: number; ticks: { day: number; month: string; withYear: boolean }[] } {
	const spans = reports.map((report) => dateSpan(report.figure.reported));
	const first = monthIndex(dayFromNumber(Math.min(...spans.map((span) => span.start))));
	const last = monthIndex(dayFromNumber(Math.max(...spans.map((span) => span.end)))) + 1;
	const months = last - first;
	const step = [1, 2, 3, 6, 12, 24, 60].find((candidate) => months / candidate <= maxTicks) ?? 120;
	const ticks = [];
	for (let index = first; index <= last; index += 1) {
		if (index % step !== 0) continue;
		const month = monthStart(index).slice(0, 7);
		ticks.push({ day: dayNumber(monthStart(index)), month, withYear: ticks.length === 0 || month.endsWith('-01') });
	}
	return { start: dayNumber(monthStart(first)), end: dayNumber(monthStart(last)), ticks };
}

/** Each source in order of its first report, with a shape and a colour: two sources differ in shape as well as colour. */
export function seriesOf(reports: readonly Report[]): ChartSeries[] {
	const ids = [...new Set(reports.map((report) => report.figure.source.id))];
	return ids.map((sourceId, index) => ({ sourceId, shape: SHAPES[index % SHAPES.length] as Shape, colour: (index % COLOURS) + 1 }));
}

function highestValue(report: Report): number {
	return report.figure.max ?? report.figure.value ?? 0;
}

export function chartModel(reports: readonly Report[]): ChartModel {
	const { width, height, left, right, top, bottom, markerRadius: r, arrowLength, dodge } = CHART_SIZE;
	const plot = { left, right: width - right, top, bottom: height - bottom };
	const time = timeDomain(reports);
	const values = valueTicks(Math.max(...reports.map(highestValue)));
	const ceiling = values.at(-1) ?? 1;
	const x = (day: number) => round(plot.left + ((day - time.start) / (time.end - time.start)) * (plot.right - plot.left));
	const y = (value: number) => round(plot.bottom - (value / ceiling) * (plot.bottom - plot.top));
	const series = seriesOf(reports);

	// Reports placed on the same day are spread sideways, so that none hides another.
	const byDay = Map.groupBy(reports, (report) => dateSpan(report.figure.reported).middle);
	const offsets = new Map<Report, number>();
	for (const group of byDay.values()) group.forEach((report, index) => offsets.set(report, (index - (group.length - 1) / 2) * dodge));

	const marks = reports.map((report): ChartMark => {
		const { figure } = report;
		const own = series.find((item) => item.sourceId === figure.source.id) as ChartSeries;
		const kind = MARK_KIND[figure.qualifier];
		const span = dateSpan(figure.reported);
		const markX = round(x(span.middle) + (offsets.get(report) ?? 0));
		const low = figure.min ?? figure.value ?? 0;
		const high = figure.max ?? figure.value ?? 0;
		const markY = kind === 'range' ? y((low + high) / 2) : y(high);
		const mark: ChartMark = { report, series: own, kind, x: markX, y: markY, marker: shapePath(own.shape, markX, markY, r) };
		if (kind === 'at-least') mark.arrow = arrowPath(markX, markY, -1, r, arrowLength);
		if (kind === 'nearly') mark.arrow = arrowPath(markX, markY, 1, r, arrowLength);
		if (kind === 'range') mark.bar = { x: round(markX - 3), y: y(high), width: 6, height: round(y(low) - y(high)) };
		if (span.end > span.start) mark.span = { x1: x(span.start), x2: x(span.end + 1), y: markY };
		return mark;
	});

	return {
		width,
		height,
		plot,
		xTicks: time.ticks.map((tick) => ({ x: x(tick.day), month: tick.month, withYear: tick.withYear })),
		yTicks: values.map((value) => ({ y: y(value), value })),
		series,
		marks,
	};
}
