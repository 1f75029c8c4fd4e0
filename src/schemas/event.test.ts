import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertIssues } from '../../tests/support/assert-issues.ts';
import { eventSchema } from './event.ts';

interface EventInput {
	title: string;
	date: unknown;
	description: string;
	country: string;
	sources: string[];
	translations: { es: { title: string; description: string } };
}

const GOOD: EventInput = {
	title: 'March on Lima',
	date: '2023-01-19',
	description: 'Thousands from the poorest regions arrive in the capital.',
	country: 'PE',
	sources: ['proletarian-us-aggression-2023-01'],
	translations: {
		es: { title: 'Marcha sobre Lima', description: 'Miles de personas de las regiones más pobres llegan a la capital.' },
	},
};

function variant(change: (event: EventInput) => void): EventInput {
	const event = structuredClone(GOOD);
	change(event);
	return event;
}

describe('eventSchema accepts', () => {
	it('a complete event, reading its date at its precision', () => {
		const event = eventSchema.parse(GOOD);
		assert.equal(event.title, GOOD.title);
		assert.deepEqual(event.date, { iso: '2023-01-19', precision: 'day' });
		assert.equal(event.country, 'PE');
		assert.deepEqual(
			event.sources,
			GOOD.sources.map((id) => ({ collection: 'sources', id })),
		);
		assert.deepEqual(event.translations.es, GOOD.translations.es);
	});

	it('a date known only to the month or the year, and several sources', () => {
		const event = eventSchema.parse(
			variant((event) => {
				event.date = '2021-06';
				event.sources.push('lalkar-soft-coup-2023-01');
			}),
		);
		assert.deepEqual(event.date, { iso: '2021-06', precision: 'month' });
		assert.equal(eventSchema.parse(variant((event) => (event.date = 2009))).date.precision, 'year');
	});
});

describe('eventSchema rejects', () => {
	it('an event without sources', () => {
		assertIssues(eventSchema.safeParse(variant((event) => (event.sources = []))), [
			{ path: 'sources', message: 'list at least one source that dates the event' },
		]);
	});

	it('a source listed twice', () => {
		assertIssues(eventSchema.safeParse(variant((event) => event.sources.push(GOOD.sources[0] ?? ''))), [
			{ path: 'sources[1]', message: '"proletarian-us-aggression-2023-01" is listed twice' },
		]);
	});

	it('a date that does not exist or is in the future', () => {
		assertIssues(eventSchema.safeParse(variant((event) => (event.date = '2023-02-30'))), [
			{ path: 'date', message: '"2023-02-30" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD' },
		]);
		assertIssues(eventSchema.safeParse(variant((event) => (event.date = '2999-01'))), [
			{ path: 'date', message: '2999-01 is in the future' },
		]);
	});

	it('a country code that does not exist', () => {
		assertIssues(eventSchema.safeParse(variant((event) => (event.country = 'Peru'))), [
			{ path: 'country', message: /ISO 3166-1 alpha-2 country code/ },
		]);
	});

	it('a long description, an empty title and an unknown field', () => {
		assertIssues(eventSchema.safeParse({ ...variant((event) => (event.description = 'x'.repeat(501))), title: '', place: 'Lima' }), [
			{ path: 'title', message: /expected string to have >=1 characters/ },
			{ path: 'description', message: 'keep the description short (500 characters at most)' },
			{ path: '', message: 'Unrecognized key: "place"' },
		]);
	});
});
