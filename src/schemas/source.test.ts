import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPath } from '../content-model/problems.ts';
import { SOURCE_KINDS, sourceSchema } from './source.ts';

interface SourceInput {
	title: string;
	descriptiveTitle?: boolean;
	publisher: string | null;
	authors?: string[];
	kind: string;
	published: unknown;
	url?: string;
	partyToEvents?: boolean;
	background?: boolean;
	notes?: string;
	language?: string;
	translations?: { es?: { title?: string; notes?: string; publisher?: string } };
}

const GOOD: SourceInput = {
	title: 'Report on the human-rights situation during the protests',
	publisher: 'Coordinadora Nacional de Derechos Humanos (CNDDHH)',
	authors: ['Jane Doe', 'Juan Pérez'],
	kind: 'human-rights-organisation',
	published: '2023-01-26',
	url: 'https://derechoshumanos.pe/report',
	partyToEvents: false,
	notes: 'Read through a later briefing.',
	translations: { es: { notes: 'Leído a través de un informe posterior.' } },
};

function variant(change: (source: SourceInput) => void): SourceInput {
	const source = structuredClone(GOOD);
	change(source);
	return source;
}

function issues(input: unknown): { path: string; message: string }[] {
	const result = sourceSchema.safeParse(input);
	return (result.error?.issues ?? []).map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

describe('sourceSchema', () => {
	it('accepts a complete source', () => {
		const source = sourceSchema.parse(GOOD);
		assert.equal(source.title, GOOD.title);
		assert.deepEqual(source.authors, ['Jane Doe', 'Juan Pérez']);
		assert.deepEqual(source.published, { iso: '2023-01-26', precision: 'day' });
		assert.equal(source.url, 'https://derechoshumanos.pe/report');
	});

	it('accepts every kind', () => {
		for (const kind of SOURCE_KINDS) assert.deepEqual(issues(variant((source) => (source.kind = kind))), [], kind);
	});

	it('rejects an unknown kind', () => {
		const found = issues(variant((source) => (source.kind = 'blog')));
		assert.equal(found.length, 1);
		assert.equal(found[0]?.path, 'kind');
		assert.match(found[0]?.message ?? '', /expected one of "human-rights-organisation"/);
	});

	it('accepts a null publisher, for a document that does not say who published it', () => {
		assert.equal(sourceSchema.parse(variant((source) => (source.publisher = null))).publisher, null);
	});

	it('requires the publisher field to be written, even as null', () => {
		const input: Partial<SourceInput> = structuredClone(GOOD);
		delete input.publisher;
		assert.deepEqual(
			issues(input).map((issue) => issue.path),
			['publisher'],
		);
		assert.deepEqual(
			issues(variant((source) => (source.publisher = ''))).map((issue) => issue.path),
			['publisher'],
		);
	});

	it('fills in the defaults and leaves optional fields out', () => {
		const source = sourceSchema.parse(
			variant((source) => {
				delete source.authors;
				delete source.url;
				delete source.partyToEvents;
				delete source.notes;
				delete source.translations;
			}),
		);
		assert.equal(source.partyToEvents, false);
		assert.equal(source.background, false);
		assert.equal(source.descriptiveTitle, false);
		assert.equal(source.url, undefined);
		assert.equal(source.authors, undefined);
	});

	it('accepts http and https addresses', () => {
		for (const url of ['https://example.org/report.pdf', 'http://example.org/'])
			assert.deepEqual(issues(variant((source) => (source.url = url))), [], url);
	});

	it('rejects addresses that are not full http(s) web addresses', () => {
		for (const url of ['ftp://example.org/report.pdf', 'example.org/report', 'javascript:alert(1)', 'mailto:press@example.org', ''])
			assert.deepEqual(
				issues(variant((source) => (source.url = url))),
				[{ path: 'url', message: 'must be a full http(s) web address' }],
				url,
			);
	});

	it('takes the published date at day, month or year precision', () => {
		assert.deepEqual(sourceSchema.parse(variant((source) => (source.published = '2023'))).published, { iso: '2023', precision: 'year' });
		assert.deepEqual(sourceSchema.parse(variant((source) => (source.published = '2023-05'))).published, {
			iso: '2023-05',
			precision: 'month',
		});
		assert.deepEqual(sourceSchema.parse(variant((source) => (source.published = 2023))).published, { iso: '2023', precision: 'year' });
		assert.deepEqual(sourceSchema.parse(variant((source) => (source.published = new Date('2023-01-26')))).published, {
			iso: '2023-01-26',
			precision: 'day',
		});
	});

	it('accepts a null published date, for a document that gives none', () => {
		assert.equal(sourceSchema.parse(variant((source) => (source.published = null))).published, null);
	});

	it('requires the published field to be written, even as null', () => {
		assert.deepEqual(
			issues(variant((source) => delete source.published)).map((issue) => issue.path),
			['published'],
		);
	});

	it('marks a source as background reading when asked, and only with a boolean', () => {
		assert.equal(sourceSchema.parse(variant((source) => (source.background = true))).background, true);
		assert.deepEqual(
			issues({ ...GOOD, background: 'yes' }).map((issue) => issue.path),
			['background'],
		);
	});

	it('marks a title as our own description when asked', () => {
		const source = sourceSchema.parse(
			variant((source) => {
				source.descriptiveTitle = true;
				source.translations = { es: { ...source.translations?.es, title: 'Informe sobre la situación de los derechos humanos' } };
			}),
		);
		assert.equal(source.descriptiveTitle, true);
		assert.equal(source.translations?.es?.title, 'Informe sobre la situación de los derechos humanos');
	});

	it('rejects a published date that does not exist or is in the future', () => {
		assert.deepEqual(issues(variant((source) => (source.published = '2023-02-30'))), [
			{ path: 'published', message: '"2023-02-30" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD' },
		]);
		assert.deepEqual(issues(variant((source) => (source.published = '2999-05'))), [
			{ path: 'published', message: '2999-05 is in the future' },
		]);
	});

	it('rejects empty author names and unknown fields', () => {
		assert.deepEqual(
			issues(variant((source) => (source.authors = ['Jane Doe', '']))).map((issue) => issue.path),
			['authors[1]'],
		);
		assert.deepEqual(issues({ ...GOOD, link: 'https://example.org' }), [{ path: '', message: 'Unrecognized key: "link"' }]);
	});
});
