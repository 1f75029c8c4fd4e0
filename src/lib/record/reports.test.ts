import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Figure, figureSchema } from '../../schemas/figure.ts';
import {
	type CitedFigure,
	type CitingEntry,
	groupReports,
	reportKey,
	reportsByCategory,
	reportsBySource,
	samePeriodDisagreements,
	viasOf,
} from './reports.ts';

function figure(id: string, changes: Record<string, unknown> = {}): Figure {
	return figureSchema.parse({
		id,
		category: 'killed',
		qualifier: 'more-than',
		value: 70,
		unit: 'people',
		wording: 'the death of over 70 protestors',
		period: { from: '2022-12-07', to: '2023-01-26' },
		reported: '2023-01-26',
		place: { country: 'PE' },
		source: 'cnddhh-report',
		...changes,
	});
}

function entry(id: string, published: string, collection: CitingEntry['collection'] = 'articles'): CitingEntry {
	return { collection, id, title: `Title of ${id}`, path: `/${collection}/${id}/`, published, lang: 'en' };
}

const older = entry('older-article', '2024-01-10');
const newer = entry('newer-summary', '2024-03-01', 'summaries');

describe('groupReports', () => {
	it('makes one report of the same count cited by two entries under different ids, named by the earlier entry', () => {
		const cited: CitedFigure[] = [
			{ figure: figure('summary-cnddhh', { via: 'briefing' }), entry: newer },
			{ figure: figure('article-cnddhh'), entry: older },
		];
		const reports = groupReports(cited);
		assert.equal(reports.length, 1);
		const [report] = reports;
		assert.equal(report?.id, 'article-cnddhh');
		assert.deepEqual(
			report?.citations.map((citation) => [citation.entry.id, citation.figureId, citation.via]),
			[
				['older-article', 'article-cnddhh', undefined],
				['newer-summary', 'summary-cnddhh', 'briefing'],
			],
		);
		assert.deepEqual(report ? viasOf(report) : [], ['briefing']);
	});

	it('never merges reports that differ in source, wording, number, qualifier, date or period', () => {
		const variants: Record<string, unknown>[] = [
			{ source: 'another-source' },
			{ wording: 'over 70 people died' },
			{ value: 71 },
			{ qualifier: 'at-least' },
			{ reported: '2023-01-27' },
			{ period: { from: '2022-12-08', to: '2023-01-26' } },
			{ category: 'other' },
			{ victims: 'protesters' },
		];
		const cited = [
			{ figure: figure('base'), entry: older },
			...variants.map((changes, index) => ({ figure: figure(`variant-${index}`, changes), entry: newer })),
		];
		assert.equal(groupReports(cited).length, variants.length + 1);
		assert.equal(new Set(cited.map(({ figure }) => reportKey(figure))).size, variants.length + 1);
	});

	it('keeps one report of a figure whose translations word its people differently, by the original’s key', () => {
		const original = figure('toll-a', { victims: 'protesters' });
		const cited: CitedFigure[] = [
			{ figure: figure('toll-a', { victims: 'manifestantes' }), entry: { ...older, lang: 'es' }, key: reportKey(original) },
			{ figure: figure('toll-b', { victims: 'personas que protestaban' }), entry: { ...newer, lang: 'es' }, key: reportKey(original) },
		];
		const reports = groupReports(cited);
		assert.equal(reports.length, 1);
		assert.equal(reports[0]?.figure.victims, 'manifestantes');
		assert.equal(reports[0]?.lang, 'es');
		// Without the original's key they would be two reports, as for any two different wordings.
		assert.equal(groupReports(cited.map(({ figure, entry }) => ({ figure, entry }))).length, 2);
	});

	it('orders reports by the date reported, a month or a year placed in its middle', () => {
		const cited = [
			{ figure: figure('in-2023', { reported: '2023', period: { from: '2022-12', to: '2023' } }), entry: older },
			{ figure: figure('on-26-january'), entry: older },
			{ figure: figure('in-january', { reported: '2023-01', period: { from: '2022-12', to: '2023-01' } }), entry: older },
			{ figure: figure('in-december', { reported: '2022-12-31', period: { from: '2022-12', to: '2022-12' } }), entry: older },
		];
		assert.deepEqual(
			groupReports(cited).map((report) => report.id),
			['in-december', 'in-january', 'on-26-january', 'in-2023'],
		);
	});

	it('orders reports of the same date by number, then by source', () => {
		const cited = [
			{ figure: figure('b-source', { source: 'b' }), entry: older },
			{ figure: figure('a-source-high', { source: 'a', value: 90 }), entry: older },
			{ figure: figure('a-source-low', { source: 'a', value: 10 }), entry: older },
			{ figure: figure('a-source', { source: 'a' }), entry: older },
		];
		assert.deepEqual(
			groupReports(cited).map((report) => report.id),
			['a-source-low', 'a-source', 'b-source', 'a-source-high'],
		);
	});
});

describe('reportsByCategory', () => {
	it('follows the schema’s order of categories and splits a category by unit', () => {
		const reports = groupReports([
			{ figure: figure('press', { category: 'press-aggressions', unit: 'incidents' }), entry: older },
			{ figure: figure('killed'), entry: older },
			{ figure: figure('injured', { category: 'injured' }), entry: older },
			{ figure: figure('other-people', { category: 'other' }), entry: older },
			{ figure: figure('other-incidents', { category: 'other', unit: 'incidents' }), entry: older },
		]);
		assert.deepEqual(
			reportsByCategory(reports).map(({ category, unit, reports }) => `${category}/${unit}: ${reports.map((report) => report.id).join()}`),
			[
				'killed/people: killed',
				'injured/people: injured',
				'press-aggressions/incidents: press',
				'other/people: other-people',
				'other/incidents: other-incidents',
			],
		);
	});
});

describe('samePeriodDisagreements', () => {
	const january = { period: { from: '2022-12-07', to: '2023-01' }, reported: '2023-01' };

	it('sets side by side the reports of one period that give different numbers', () => {
		const reports = groupReports([
			{ figure: figure('forty-eight', { ...january, source: 'browse', qualifier: 'exact', value: 48 }), entry: older },
			{ figure: figure('fifty', { ...january, source: 'proletarian', qualifier: 'exact', value: 50 }), entry: older },
			{ figure: figure('nearly-sixty', { ...january, source: 'solidarity', qualifier: 'nearly', value: 60 }), entry: older },
			{ figure: figure('cnddhh'), entry: older },
		]);
		assert.deepEqual(
			samePeriodDisagreements(reports).map((set) => set.map((report) => report.id)),
			[['forty-eight', 'fifty', 'nearly-sixty']],
		);
	});

	it('leaves out a period whose reports agree, and a period with one report', () => {
		const reports = groupReports([
			{ figure: figure('one', { ...january, source: 'a' }), entry: older },
			{ figure: figure('two', { ...january, source: 'b' }), entry: older },
			{ figure: figure('alone'), entry: older },
		]);
		assert.deepEqual(samePeriodDisagreements(reports), []);
	});
});

describe('reportsBySource', () => {
	const reports = groupReports([
		{ figure: figure('direct'), entry: older },
		{ figure: figure('relayed', { source: 'castillo-letter', via: 'solidarity' }), entry: older },
	]);

	it('tell apart what a source counted from what an entry read in it', () => {
		const ids = (list: { id: string }[] | undefined) => list?.map((report) => report.id);
		const bySource = reportsBySource(reports);
		assert.deepEqual(ids(bySource.get('cnddhh-report')?.counted), ['direct']);
		assert.deepEqual(ids(bySource.get('cnddhh-report')?.relayed), []);
		assert.deepEqual(ids(bySource.get('castillo-letter')?.counted), ['relayed']);
		assert.deepEqual(ids(bySource.get('solidarity')?.relayed), ['relayed']);
		assert.deepEqual(ids(bySource.get('solidarity')?.counted), []);
	});
});
