import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMdx, readBody } from '../body.ts';
import { COLLECTIONS, type CollectionName } from '../collections.ts';
import type { ContentFile } from '../content-file.ts';
import { checkTranslations } from './translations.ts';

function contentFile(collection: CollectionName, id: string, data: unknown, body = ''): ContentFile {
	const { folder, extension } = COLLECTIONS[collection];
	const file = `content/${folder}/${id}.${extension}`;
	return { collection, id, file, absolutePath: `/nonexistent/${file}`, data, body: readBody(parseMdx(body), 'en'), problems: [] };
}

const original = contentFile(
	'articles',
	'the-count',
	{
		title: 'The count',
		published: '2026-10-14',
		sources: ['report-one'],
		image: { src: './x.png', alt: 'A march', credit: 'Us', licence: 'CC BY' },
		figures: [
			{
				id: 'toll',
				wording: '48 people killed',
				victims: 'protesters',
				perpetrator: 'the police',
				place: { country: 'PE', region: 'Puno' },
				breakdown: [{ label: 'children', qualifier: 'exact', value: 6 }],
			},
			{ id: 'bare', wording: 'some wording', place: { country: 'PE' } },
		],
	},
	'Text <Cite id="report-one" />',
);

const completeProse = { toll: { victims: 'manifestantes', perpetrator: 'la policía', region: 'Puno', breakdown: ['niños'] } };

function translation(data: Record<string, unknown>, body = 'Texto <Cite id="report-one" />', id = 'es/the-count') {
	return contentFile(
		'articleTranslations',
		id,
		{ title: 'El recuento', translated: '2026-11-22', image: { alt: 'Una marcha' }, figures: completeProse, ...data },
		body,
	);
}

function problemsOf(...files: ContentFile[]) {
	return checkTranslations([original, ...files]).map(({ file, field, message }) => ({ file, field, message }));
}

describe('checkTranslations', () => {
	it('accepts a complete translation', () => {
		assert.deepEqual(problemsOf(translation({})), []);
	});

	it('reports each prose field of each figure left untranslated, by field', () => {
		const problems = problemsOf(translation({ figures: { toll: { victims: 'manifestantes' } } }));
		assert.deepEqual(
			problems.map((problem) => problem.field),
			['figures.toll.perpetrator', 'figures.toll.region', 'figures.toll.breakdown'],
		);
		assert.match(problems[0]?.message ?? '', /missing.*translate it/);
		assert.equal(problems[0]?.file, 'content/articles/es/the-count.mdx');
	});

	it('refuses a figure the original does not have, and prose a figure does not have', () => {
		const problems = problemsOf(translation({ figures: { ...completeProse, invented: { victims: 'x' }, bare: { victims: 'y' } } }));
		assert.deepEqual(
			problems.map((problem) => problem.field),
			['figures.bare.victims', 'figures.invented'],
		);
		assert.match(problems[1]?.message ?? '', /figures are defined once, in the original/);
	});

	it('needs one breakdown label per part of the original', () => {
		const problems = problemsOf(translation({ figures: { toll: { ...completeProse.toll, breakdown: ['niños', 'mujeres'] } } }));
		assert.deepEqual(
			problems.map((problem) => problem.field),
			['figures.toll.breakdown'],
		);
		assert.match(problems[0]?.message ?? '', /has 1 parts/);
	});

	it('reports a translation with no original of the same name', () => {
		const problems = problemsOf(translation({}, undefined, 'es/no-such-article'));
		assert.equal(problems.length, 1);
		assert.match(problems[0]?.message ?? '', /there is no articles\/no-such-article\.mdx/);
	});

	it('reports a folder that is not a language of the site', () => {
		const problems = problemsOf(translation({}, undefined, 'fr/the-count'));
		assert.equal(problems.length, 1);
		assert.match(problems[0]?.message ?? '', /"fr" is not a language of the site/);
	});

	it('needs the image description when the original has an image', () => {
		assert.deepEqual(
			problemsOf(translation({ image: undefined })).map((problem) => problem.field),
			['image'],
		);
	});

	it('refuses a translation published before its original', () => {
		const problems = problemsOf(translation({ translated: '2026-10-01' }));
		assert.deepEqual(
			problems.map((problem) => problem.field),
			['translated'],
		);
	});

	it('refuses a citation of a source the original does not list, naming its line', () => {
		const problems = problemsOf(translation({}, 'Texto <Cite id="report-one" />\n\nMás <Cite id="report-two" />'));
		assert.deepEqual(
			problems.map((problem) => problem.field),
			['line 3'],
		);
		assert.match(problems[0]?.message ?? '', /report-two/);
	});

	it('checks a page translation only for its language folder and its original', () => {
		const about = contentFile('pages', 'about', { title: 'About', description: 'Us.' });
		assert.deepEqual(checkTranslations([about, contentFile('pages', 'es/about', { title: 'Acerca de', description: 'Nosotros.' })]), []);
		const orphan = checkTranslations([contentFile('pages', 'es/contact', { title: 'Contacto', description: 'Escríbanos.' })]);
		assert.match(orphan[0]?.message ?? '', /there is no pages\/contact\.mdx/);
	});
});
