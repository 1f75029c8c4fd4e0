import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'astro/zod';
import { type ExpectedIssue as Expected, assertIssues } from '../../tests/support/assert-issues.ts';
import { articleSchema, summarySchema } from './entry.ts';

interface FigureInput {
	id: string;
	category: string;
	qualifier: string;
	value?: number;
	min?: number;
	max?: number;
	unit: string;
	wording: string;
	victims?: string;
	perpetrator?: string;
	period: { from: unknown; to: unknown };
	reported: unknown;
	place: { country: string; region?: string };
	breakdown?: { label: string; qualifier: string; value?: number; min?: number; max?: number }[];
	source: string;
	via?: string;
}

interface EntryInput {
	title: string;
	description: string;
	published: unknown;
	updated?: unknown;
	authors: string[];
	tags: string[];
	countries: string[];
	image?: { src: unknown; alt?: string; credit: string; licence: string };
	republished?: { publication: string; date: unknown };
	sources: string[];
	figures: FigureInput[];
	corrections: { date: unknown; note: string }[];
	events?: string[];
	draft: boolean;
	lang: string;
	summaryOf?: string;
}

/** An article with every field filled in; each case below changes one thing in a copy of it. */
const GOOD_ARTICLE: EntryInput = {
	title: 'What the counts of the dead say',
	description: 'Reports put the number killed at anything from 48 to more than 70; here is who counted.',
	published: '2023-03-01',
	updated: '2023-03-10',
	authors: ['editorial-team', 'guest-writer'],
	tags: ['repression', 'press-freedom'],
	countries: ['PE', 'BO'],
	image: { src: './protest.jpg', alt: 'Protesters in Lima holding a banner', credit: 'A. Photographer', licence: 'CC BY 4.0' },
	republished: { publication: 'Labour Briefing', date: '2023-02' },
	sources: ['cnddhh-report-2023-01-26', 'williams-labour-briefing-2023-03', 'iachr-report-2023-05'],
	figures: [
		{
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
			breakdown: [{ label: 'children', qualifier: 'exact', value: 7 }],
			source: 'cnddhh-report-2023-01-26',
			via: 'williams-labour-briefing-2023-03',
		},
		{
			id: 'toll-iachr-injured',
			category: 'injured',
			qualifier: 'range',
			min: 1000,
			max: 1200,
			unit: 'people',
			wording: 'between 1,000 and 1,200 injured',
			period: { from: '2022-12', to: '2023-02' },
			reported: '2023-05',
			place: { country: 'PE' },
			source: 'iachr-report-2023-05',
		},
	],
	corrections: [{ date: '2023-03-05', note: 'We gave the wrong month for the IACHR report.' }],
	events: ['cnddhh-report-2023-01-26', 'iachr-report-2023-05'],
	draft: false,
	lang: 'en',
};

const GOOD_SUMMARY: EntryInput = {
	...structuredClone(GOOD_ARTICLE),
	title: 'Summary: The People of Peru continue their struggle for democracy',
	summaryOf: 'williams-labour-briefing-2023-03',
};

const article = articleSchema(z.string());
const summary = summarySchema(z.string());

function variant(change: (entry: EntryInput) => void, base: EntryInput = GOOD_ARTICLE): EntryInput {
	const entry = structuredClone(base);
	change(entry);
	return entry;
}

/** The first figure of an entry, which every fixture has. */
function firstFigure(entry: EntryInput): FigureInput {
	const figure = entry.figures[0];
	assert.ok(figure);
	return figure;
}

describe('articleSchema accepts', () => {
	it('a complete article, keeping every field', () => {
		const data = article.parse(GOOD_ARTICLE);
		assert.equal(data.title, GOOD_ARTICLE.title);
		assert.deepEqual(data.published, { iso: '2023-03-01', precision: 'day' });
		assert.deepEqual(data.updated, { iso: '2023-03-10', precision: 'day' });
		assert.deepEqual(data.authors, [
			{ collection: 'authors', id: 'editorial-team' },
			{ collection: 'authors', id: 'guest-writer' },
		]);
		assert.deepEqual(data.countries, ['PE', 'BO']);
		assert.deepEqual(data.image, GOOD_ARTICLE.image);
		assert.deepEqual(data.republished, { publication: 'Labour Briefing', date: { iso: '2023-02', precision: 'month' } });
		assert.deepEqual(
			data.sources,
			GOOD_ARTICLE.sources.map((id) => ({ collection: 'sources', id })),
		);
		assert.deepEqual(
			data.figures.map((figure) => figure.id),
			['toll-cnddhh-killed', 'toll-iachr-injured'],
		);
		assert.deepEqual(data.figures[0]?.via, { collection: 'sources', id: 'williams-labour-briefing-2023-03' });
		assert.deepEqual(data.figures[0]?.breakdown, [{ label: 'children', qualifier: 'exact', value: 7 }]);
		assert.deepEqual(data.figures[0]?.place, { country: 'PE', region: 'Puno' });
		assert.deepEqual(data.figures[1]?.period, { from: { iso: '2022-12', precision: 'month' }, to: { iso: '2023-02', precision: 'month' } });
		assert.deepEqual(data.corrections, [
			{ date: { iso: '2023-03-05', precision: 'day' }, note: 'We gave the wrong month for the IACHR report.' },
		]);
		assert.deepEqual(data.events, [
			{ collection: 'events', id: 'cnddhh-report-2023-01-26' },
			{ collection: 'events', id: 'iachr-report-2023-05' },
		]);
		assert.equal(data.draft, false);
		assert.equal(data.lang, 'en');
	});

	it('a minimal article, filling in the defaults', () => {
		const data = article.parse(
			variant((entry) => {
				delete entry.updated;
				delete entry.image;
				delete entry.republished;
				Reflect.deleteProperty(entry, 'figures');
				Reflect.deleteProperty(entry, 'corrections');
				Reflect.deleteProperty(entry, 'events');
				Reflect.deleteProperty(entry, 'draft');
				Reflect.deleteProperty(entry, 'lang');
			}),
		);
		assert.deepEqual(data.figures, []);
		assert.deepEqual(data.corrections, []);
		assert.deepEqual(data.events, []);
		assert.equal(data.draft, false);
		assert.equal(data.lang, 'en');
		assert.equal(data.image, undefined);
	});

	it('a published date that YAML read as a Date', () => {
		const data = article.parse(variant((entry) => (entry.published = new Date('2023-03-01'))));
		assert.deepEqual(data.published, { iso: '2023-03-01', precision: 'day' });
	});

	it('an updated date on the day of publication, and a draft', () => {
		const data = article.parse(
			variant((entry) => {
				entry.updated = entry.published;
				entry.draft = true;
			}),
		);
		assert.equal(data.draft, true);
	});

	it('the image through the schema it is given', () => {
		const numbered = articleSchema(z.number());
		const withNumber = variant((entry) => {
			assert.ok(entry.image);
			entry.image.src = 42;
		});
		assert.equal(numbered.safeParse(withNumber).success, true);
		assertIssues(numbered.safeParse(GOOD_ARTICLE), [{ path: 'image.src', message: /expected number/ }]);
	});
});

describe('summarySchema accepts', () => {
	it('a complete summary whose original is among its sources', () => {
		const data = summary.parse(GOOD_SUMMARY);
		assert.deepEqual(data.summaryOf, { collection: 'sources', id: 'williams-labour-briefing-2023-03' });
		assert.equal(data.figures.length, 2);
	});
});

/** One bad input per case, built from the good article, with the issue it must raise. */
const BAD_ARTICLES: { name: string; change: (entry: EntryInput) => void; expected: Expected[] }[] = [
	{
		name: 'an unknown figure category',
		change: (entry) => (firstFigure(entry).category = 'massacre'),
		expected: [{ path: 'figures[0].category', message: /Invalid option: expected one of "killed"/ }],
	},
	{
		name: 'a qualifier without a value',
		change: (entry) => {
			firstFigure(entry).qualifier = 'at-least';
			delete firstFigure(entry).value;
		},
		expected: [{ path: 'figures[0].value', message: 'qualifier "at-least" needs a value' }],
	},
	{
		name: 'a range without min and max',
		change: (entry) => {
			const figure = entry.figures[1];
			assert.ok(figure);
			delete figure.min;
			delete figure.max;
		},
		expected: [
			{ path: 'figures[1].min', message: 'a range needs min' },
			{ path: 'figures[1].max', message: 'a range needs max' },
		],
	},
	{
		name: 'a range out of order',
		change: (entry) => {
			const figure = entry.figures[1];
			assert.ok(figure);
			figure.min = 1300;
		},
		expected: [{ path: 'figures[1].max', message: 'range is out of order: min 1300 is greater than max 1200' }],
	},
	{
		name: 'a value with a range',
		change: (entry) => {
			const figure = entry.figures[1];
			assert.ok(figure);
			figure.value = 1100;
		},
		expected: [{ path: 'figures[1].value', message: 'a range takes min and max, not value' }],
	},
	{
		name: 'a negative count',
		change: (entry) => (firstFigure(entry).value = -1),
		expected: [{ path: 'figures[0].value', message: 'must not be negative' }],
	},
	{
		name: 'a count that is not a whole number',
		change: (entry) => (firstFigure(entry).value = 70.5),
		expected: [{ path: 'figures[0].value', message: 'must be a whole number' }],
	},
	{
		name: 'a negative count in a breakdown',
		change: (entry) => {
			const part = firstFigure(entry).breakdown?.[0];
			assert.ok(part);
			part.value = -7;
		},
		expected: [{ path: 'figures[0].breakdown[0].value', message: 'must not be negative' }],
	},
	{
		name: 'a period ending after the figure was reported',
		change: (entry) => (firstFigure(entry).period.to = '2023-01-27'),
		expected: [{ path: 'figures[0].period.to', message: 'period ends (2023-01-27) after the figure was reported (2023-01-26)' }],
	},
	{
		name: 'a period ending before it starts',
		change: (entry) => (firstFigure(entry).period = { from: '2023-01', to: '2022-12' }),
		expected: [{ path: 'figures[0].period.to', message: 'period ends before it starts' }],
	},
	{
		name: 'a figure whose source is not among the entry’s sources',
		change: (entry) => (firstFigure(entry).source = 'ombudsman-report-2023'),
		expected: [{ path: 'figures[0].source', message: '"ombudsman-report-2023" is not among this entry\'s sources; add it to sources' }],
	},
	{
		name: 'via not among the entry’s sources',
		change: (entry) => (firstFigure(entry).via = 'some-newspaper-2023'),
		expected: [{ path: 'figures[0].via', message: '"some-newspaper-2023" is not among this entry\'s sources; add it to sources' }],
	},
	{
		name: 'a source listed twice',
		change: (entry) => entry.sources.push('cnddhh-report-2023-01-26'),
		expected: [{ path: 'sources[3]', message: '"cnddhh-report-2023-01-26" is listed twice' }],
	},
	{
		name: 'an author, a topic and a country listed twice',
		change: (entry) => {
			entry.authors.push('editorial-team');
			entry.tags.unshift('press-freedom');
			entry.countries.push('PE');
		},
		expected: [
			{ path: 'authors[2]', message: '"editorial-team" is listed twice' },
			{ path: 'tags[2]', message: '"press-freedom" is listed twice' },
			{ path: 'countries[2]', message: '"PE" is listed twice' },
		],
	},
	{
		name: 'an event listed twice',
		change: (entry) => entry.events?.push('cnddhh-report-2023-01-26'),
		expected: [{ path: 'events[2]', message: '"cnddhh-report-2023-01-26" is listed twice' }],
	},
	{
		name: 'an event id that is not lower-case words joined by hyphens',
		change: (entry) => (entry.events = ['IACHR report']),
		expected: [{ path: 'events[0]', message: /lower-case letters, digits and hyphens/ }],
	},
	{
		name: 'two figures with the same id',
		change: (entry) => {
			const figure = entry.figures[1];
			assert.ok(figure);
			figure.id = 'toll-cnddhh-killed';
		},
		expected: [{ path: 'figures[1]', message: '"toll-cnddhh-killed" is listed twice' }],
	},
	{
		name: 'a published date in the future',
		change: (entry) => {
			entry.published = '2999-01-01';
			delete entry.updated;
			entry.corrections = [];
		},
		expected: [{ path: 'published', message: '2999-01-01 is in the future' }],
	},
	{
		name: 'a published date that is not a full day',
		change: (entry) => (entry.published = '2023-03'),
		expected: [{ path: 'published', message: 'must be a full date, YYYY-MM-DD' }],
	},
	{
		name: 'a country code that does not exist',
		change: (entry) => (entry.countries = ['XX']),
		expected: [{ path: 'countries[0]', message: /ISO 3166-1 alpha-2 country code in capitals/ }],
	},
	{
		name: 'a country code in lower case',
		change: (entry) => (entry.countries = ['BO', 'pe']),
		expected: [{ path: 'countries[1]', message: /ISO 3166-1 alpha-2 country code in capitals/ }],
	},
	{
		name: 'a figure placed in a country that does not exist',
		change: (entry) => (firstFigure(entry).place.country = 'XX'),
		expected: [{ path: 'figures[0].place.country', message: /ISO 3166-1 alpha-2 country code/ }],
	},
	{
		name: 'updated before published',
		change: (entry) => (entry.updated = '2023-02-28'),
		expected: [{ path: 'updated', message: 'updated is before published' }],
	},
	{
		name: 'a correction dated before publication',
		change: (entry) => (entry.corrections = [{ date: '2023-02-01', note: 'Too early.' }]),
		expected: [{ path: 'corrections[0].date', message: 'a correction cannot predate publication' }],
	},
	{
		name: 'an unknown extra field',
		change: (entry) => Object.assign(entry, { subtitle: 'Not a field' }),
		expected: [{ path: '', message: 'Unrecognized key: "subtitle"' }],
	},
	{
		name: 'an unknown field inside a figure',
		change: (entry) => Object.assign(firstFigure(entry), { note: 'Not a field' }),
		expected: [{ path: 'figures[0]', message: 'Unrecognized key: "note"' }],
	},
	{
		name: 'summaryOf on an article',
		change: (entry) => (entry.summaryOf = 'iachr-report-2023-05'),
		expected: [{ path: '', message: 'Unrecognized key: "summaryOf"' }],
	},
	{
		name: 'an image without alt text',
		change: (entry) => {
			assert.ok(entry.image);
			delete entry.image.alt;
		},
		expected: [{ path: 'image.alt', message: /expected string, received undefined/ }],
	},
	{
		name: 'an image with empty alt text',
		change: (entry) => {
			assert.ok(entry.image);
			entry.image.alt = '';
		},
		expected: [{ path: 'image.alt', message: 'describe the image for readers who cannot see it' }],
	},
	{
		name: 'no sources',
		change: (entry) => {
			entry.sources = [];
			entry.figures = [];
		},
		expected: [{ path: 'sources', message: 'list at least one source' }],
	},
	{
		name: 'no authors',
		change: (entry) => (entry.authors = []),
		expected: [{ path: 'authors', message: 'list at least one author' }],
	},
	{
		name: 'an id that is not lower-case words joined by hyphens',
		change: (entry) => (entry.tags = ['Repression']),
		expected: [{ path: 'tags[0]', message: /lower-case letters, digits and hyphens/ }],
	},
	{
		name: 'a standfirst longer than one sentence',
		change: (entry) => (entry.description = 'x'.repeat(321)),
		expected: [{ path: 'description', message: 'keep the standfirst to one sentence (320 characters at most)' }],
	},
	{
		name: 'a language the site is not written in',
		change: (entry) => (entry.lang = 'fr'),
		expected: [{ path: 'lang', message: /expected (one of )?"en"/ }],
	},
	{
		name: 'a republication date in the future',
		change: (entry) => (entry.republished = { publication: 'Labour Briefing', date: '2999' }),
		expected: [{ path: 'republished.date', message: '2999 is in the future' }],
	},
];

describe('articleSchema rejects', () => {
	for (const { name, change, expected } of BAD_ARTICLES)
		it(name, () => {
			assertIssues(article.safeParse(variant(change)), expected);
		});

	it('each of several independent problems in one figure', () => {
		assertIssues(
			article.safeParse(
				variant((entry) => {
					const figure = firstFigure(entry);
					figure.source = 'not-listed';
					figure.via = 'not-listed-either';
					entry.updated = '2023-01-01';
				}),
			),
			[
				{ path: 'updated', message: 'updated is before published' },
				{ path: 'figures[0].source', message: /"not-listed" is not among/ },
				{ path: 'figures[0].via', message: /"not-listed-either" is not among/ },
			],
		);
	});
});

describe('summarySchema rejects', () => {
	it('a summary whose original is not among its sources', () => {
		assertIssues(summary.safeParse(variant((entry) => (entry.summaryOf = 'lalkar-soft-coup-2023-01'), GOOD_SUMMARY)), [
			{ path: 'summaryOf', message: '"lalkar-soft-coup-2023-01" must also be listed in sources' },
		]);
	});

	it('a summary without summaryOf', () => {
		assertIssues(summary.safeParse(variant((entry) => delete entry.summaryOf, GOOD_SUMMARY)), [
			{ path: 'summaryOf', message: /expected string, received undefined/ },
		]);
	});

	it('an empty sources list, which cannot hold the original either', () => {
		const empty = variant((entry) => {
			entry.sources = [];
			entry.figures = [];
		}, GOOD_SUMMARY);
		assertIssues(summary.safeParse(empty), [
			{ path: 'sources', message: 'list at least one source' },
			{ path: 'summaryOf', message: '"williams-labour-briefing-2023-03" must also be listed in sources' },
		]);
	});

	it('the same problems as an article', () => {
		const notForSummaries = new Set(['summaryOf on an article', 'no sources']);
		for (const { name, change, expected } of BAD_ARTICLES.filter((bad) => !notForSummaries.has(bad.name)))
			assert.doesNotThrow(() => assertIssues(summary.safeParse(variant(change, GOOD_SUMMARY)), expected), name);
	});
});
