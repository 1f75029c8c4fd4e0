import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { figureSchema } from '../../schemas/figure.ts';
import {
	type Cell,
	CSV_META_COLUMNS,
	DATA_LICENCE,
	DATA_SCHEMA_VERSION,
	FIGURE_COLUMNS,
	type SourceFacts,
	figureRows,
	figuresCsv,
	figuresJson,
} from './open-data.ts';
import { type CitingEntry, groupReports } from './reports.ts';

const article: CitingEntry = { collection: 'articles', id: 'counting', title: 'Counting', path: '/articles/counting/', published: '2024-01-01', lang: 'en' };
const summary: CitingEntry = { collection: 'summaries', id: 'briefing', title: 'Briefing', path: '/summaries/briefing/', published: '2024-02-01', lang: 'en' };

function source(id: string, changes: Partial<SourceFacts> = {}): SourceFacts {
	return {
		id,
		title: `Report, "quoted", of ${id}`,
		descriptiveTitle: true,
		publisher: 'A coordinator',
		authors: [],
		kind: 'human-rights-organisation',
		published: { iso: '2023-01-26', precision: 'day' },
		partyToEvents: false,
		background: false,
		url: undefined,
		notes: undefined,
		...changes,
	};
}

const sources = new Map([
	['cnddhh', source('cnddhh')],
	['letter', source('letter', { publisher: null, published: null, partyToEvents: true, kind: 'political-statement' })],
]);

const figure = (id: string, changes: Record<string, unknown>) =>
	figureSchema.parse({
		id,
		category: 'killed',
		qualifier: 'more-than',
		value: 70,
		unit: 'people',
		wording: 'the death of over 70 protestors, which includes 7 "children"',
		period: { from: '2022-12-07', to: '2023-01-26' },
		reported: '2023-01-26',
		place: { country: 'PE' },
		source: 'cnddhh',
		...changes,
	});

const reports = groupReports([
	{ entry: article, figure: figure('article-cnddhh', {}) },
	{ entry: summary, figure: figure('summary-cnddhh', { via: 'letter' }) },
	{
		entry: article,
		figure: figure('letter-wounded', {
			category: 'injured',
			qualifier: 'range',
			value: undefined,
			min: 1000,
			max: 1200,
			wording: 'between 1,000 and 1,200 wounded',
			source: 'letter',
			place: { country: 'PE', region: 'Puno' },
		}),
	},
]);
const rows = figureRows(reports, sources, 'https://example.org/campaign/');

describe('figureRows', () => {
	it('gives one row per figure as each entry cites it, with every column', () => {
		assert.deepEqual(
			rows.map((row) => row.figure_id),
			['article-cnddhh', 'summary-cnddhh', 'letter-wounded'],
		);
		for (const row of rows) assert.deepEqual(Object.keys(row), [...FIGURE_COLUMNS]);
	});

	it('shares the report id between the figures of one report', () => {
		assert.deepEqual(
			rows.map((row) => row.report_id),
			['article-cnddhh', 'article-cnddhh', 'letter-wounded'],
		);
	});

	it('names the article, its kind and its full address', () => {
		assert.deepEqual(
			rows.map((row) => [row.article_id, row.article_kind, row.article_url]),
			[
				['counting', 'article', 'https://example.org/articles/counting/'],
				['briefing', 'summary', 'https://example.org/summaries/briefing/'],
				['counting', 'article', 'https://example.org/articles/counting/'],
			],
		);
	});

	it('derives the bounds from the qualifier', () => {
		assert.deepEqual([rows[0]?.lower_bound, rows[0]?.upper_bound], [71, null]);
		assert.deepEqual([rows[2]?.lower_bound, rows[2]?.upper_bound], [1000, 1200]);
		assert.deepEqual([rows[2]?.value, rows[2]?.min, rows[2]?.max], [null, 1000, 1200]);
	});

	it('carries the source’s facts, with null for what is not known', () => {
		assert.deepEqual(
			[rows[2]?.source_id, rows[2]?.source_publisher, rows[2]?.source_published, rows[2]?.source_party_to_events, rows[2]?.region],
			['letter', null, null, true, 'Puno'],
		);
		assert.deepEqual([rows[1]?.via_id, rows[0]?.via_id], ['letter', null]);
	});

	it('refuses a figure whose source is unknown, rather than writing an incomplete row', () => {
		assert.throws(() => figureRows(reports, new Map(), 'https://example.org/'), /names source "cnddhh"/);
	});
});

describe('figuresCsv', () => {
	const text = figuresCsv(rows);
	const records: Record<string, string>[] = parse(text, { columns: true });

	it('parses back to the same rows, with the schema version and licence on each', () => {
		assert.equal(records.length, rows.length);
		records.forEach((record, index) => {
			const row = rows[index];
			assert.ok(row);
			for (const column of FIGURE_COLUMNS) {
				const cell: Cell = row[column];
				const expected: string = cell === null ? '' : String(cell);
				assert.equal(record[column], expected, `${row.figure_id}.${column}`);
			}
			assert.equal(record.schema_version, String(DATA_SCHEMA_VERSION));
			assert.equal(record.licence, DATA_LICENCE.id);
		});
	});

	it('has a header row naming every column in order', () => {
		assert.equal(text.split('\n')[0], [...FIGURE_COLUMNS, ...CSV_META_COLUMNS].join(','));
	});

	it('quotes commas and quotation marks, and writes true and false for yes/no columns', () => {
		assert.equal(records[0]?.wording, 'the death of over 70 protestors, which includes 7 "children"');
		assert.equal(records[0]?.source_party_to_events, 'false');
		assert.equal(records[2]?.source_party_to_events, 'true');
	});

	it('is the same text every time', () => {
		assert.equal(figuresCsv(figureRows(reports, sources, 'https://example.org/campaign/')), text);
	});
});

describe('figuresCsv and figuresJson, given text a spreadsheet would run as a formula', () => {
	const [first] = rows;
	assert.ok(first);
	const wordings = ['=HYPERLINK("https://example.org","click")', '+1+1', '-1+1', '@SUM(A1)', '\t=1+1', '\r=1+1', '＝1+1'];
	const hostile = wordings.map((wording, index) => ({ ...first, figure_id: `formula-${index}`, wording, victims: wording, value: -5 }));

	it('writes each such cell with a quote mark before it in the CSV, and numbers as they are', () => {
		const records: Record<string, string>[] = parse(figuresCsv(hostile), { columns: true });
		assert.deepEqual(
			records.map((record) => record.wording),
			wordings.map((wording) => `'${wording}`),
		);
		assert.deepEqual(
			records.map((record) => record.victims),
			wordings.map((wording) => `'${wording}`),
		);
		assert.deepEqual(
			records.map((record) => record.value),
			wordings.map(() => '-5'),
		);
	});

	it('keeps the text exact in the JSON', () => {
		const data = JSON.parse(figuresJson(hostile));
		assert.deepEqual(
			data.figures.map((figure: { wording: string }) => figure.wording),
			wordings,
		);
	});
});

describe('figuresJson', () => {
	it('holds the schema version, the licence and the same rows', () => {
		const data = JSON.parse(figuresJson(rows));
		assert.equal(data.schemaVersion, DATA_SCHEMA_VERSION);
		assert.deepEqual(data.licence, DATA_LICENCE);
		assert.deepEqual(data.columns, FIGURE_COLUMNS);
		assert.deepEqual(data.figures, rows);
	});
});
