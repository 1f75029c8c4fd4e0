import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryTranslationSchema } from '../../schemas/entry-translation.ts';
import { figureSchema } from '../../schemas/figure.ts';
import { translateEntryData } from './translate.ts';

const figure = figureSchema.parse({
	id: 'toll',
	category: 'killed',
	qualifier: 'at-least',
	value: 48,
	unit: 'people',
	wording: '48 people killed by security forces',
	victims: 'protesters',
	perpetrator: 'security forces',
	period: { from: '2022-12-07', to: '2023-01' },
	reported: '2023-01',
	place: { country: 'PE', region: 'Puno' },
	breakdown: [{ label: 'children', qualifier: 'exact', value: 6 }],
	source: 'report-one',
});

const original = {
	title: 'The count',
	description: 'Who counted.',
	corrections: [],
	draft: false,
	lang: 'en' as const,
	figures: [figure],
	image: undefined,
	sources: ['report-one'],
};

const translation = entryTranslationSchema.parse({
	title: 'El recuento',
	description: 'Quién contó.',
	translated: '2022-12-08',
	figures: { toll: { victims: 'manifestantes', perpetrator: 'fuerzas de seguridad', region: 'Puno', breakdown: ['niños'] } },
});

describe('translateEntryData', () => {
	const translated = translateEntryData(original, translation, 'es', 'content/articles/es/the-count.mdx');

	it('takes the title, standfirst and language from the translation', () => {
		assert.equal(translated.title, 'El recuento');
		assert.equal(translated.description, 'Quién contó.');
		assert.equal(translated.lang, 'es');
		assert.deepEqual(translated.sources, ['report-one']);
	});

	it('keeps every number, date, source and the source’s own wording of a figure, and translates only its prose', () => {
		const [spanish] = translated.figures;
		assert.ok(spanish);
		const { victims, perpetrator, place, breakdown, ...shared } = spanish;
		const { victims: _v, perpetrator: _p, place: originalPlace, breakdown: originalBreakdown, ...originalShared } = figure;
		assert.deepEqual(shared, originalShared);
		assert.equal(shared.wording, '48 people killed by security forces');
		assert.deepEqual([victims, perpetrator, place.region], ['manifestantes', 'fuerzas de seguridad', 'Puno']);
		assert.equal(place.country, originalPlace.country);
		assert.deepEqual(breakdown, [{ ...originalBreakdown?.[0], label: 'niños' }]);
	});

	it('refuses a translation that leaves a figure’s prose out, rather than mix languages', () => {
		const incomplete = { ...translation, figures: { toll: { victims: 'manifestantes' } } };
		assert.throws(
			() => translateEntryData(original, incomplete, 'es', 'x.mdx'),
			/x\.mdx: figures\.toll\.(perpetrator|region|breakdown) is missing/,
		);
	});

	it('refuses to translate into the default language', () => {
		assert.throws(() => translateEntryData(original, translation, 'en', 'x.mdx'), /default language/);
	});
});
