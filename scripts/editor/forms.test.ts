import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'astro/zod';
import { COLLECTIONS } from '../../src/content-model/collections.ts';
import { figureProseSchema } from '../../src/schemas/entry-translation.ts';
import { articleTemplate } from '../article-template.ts';
import { FIGURE_PROSE_KEYS, type Field, FORMS, type FormName, styleAt } from './forms.ts';

/** The object a schema describes, through optional, default, nullable, array, pipe and record wrappers. */
function objectOf(schema: z.ZodType): z.ZodObject | undefined {
	let current: unknown = schema;
	for (let depth = 0; depth < 10; depth += 1) {
		if (current instanceof z.ZodObject) return current;
		const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
		if (!def) return undefined;
		current = def.innerType ?? def.element ?? def.in ?? def.valueType;
		if (current === undefined) return undefined;
	}
	return undefined;
}

/** Each field of the form against the schema's fields, nested objects and lists of objects included. */
function compare(fields: readonly Field[], schema: z.ZodObject, where: string): void {
	assert.deepEqual(
		fields.map((field) => field.key).toSorted(),
		Object.keys(schema.shape).toSorted(),
		`${where}: the form has exactly the schema's fields`,
	);
	for (const field of fields) {
		const inner = objectOf(schema.shape[field.key] as z.ZodType);
		if (field.kind === 'group' || field.kind === 'list') {
			assert.ok(inner, `${where}.${field.key}: the schema holds an object here`);
			compare(field.kind === 'group' ? field.fields : field.item, inner, `${where}.${field.key}`);
		} else if (field.kind === 'figure-prose') {
			assert.deepEqual([...FIGURE_PROSE_KEYS].toSorted(), Object.keys(figureProseSchema.shape).toSorted(), `${where}.${field.key}`);
		} else assert.equal(inner, undefined, `${where}.${field.key}: the schema holds an object here, the form a ${field.kind}`);
	}
}

describe('the editor’s forms', () => {
	for (const name of Object.keys(FORMS) as FormName[]) {
		it(`give every field of the ${name} schema, and no other`, () => {
			const schema = objectOf(COLLECTIONS[name].schema(z.string()));
			assert.ok(schema, `${name} has an object schema`);
			compare(FORMS[name].fields, schema, name);
		});
	}

	it('cover every collection with a form', () => {
		assert.deepEqual(Object.keys(FORMS).toSorted(), Object.keys(COLLECTIONS).toSorted());
	});

	it('write an article’s fields in the order of `npm run new`’s template', () => {
		const template = [...articleTemplate('A title', '2024-01-02').matchAll(/^#? ?([a-zA-Z]+):/gm)].map((match) => match[1]);
		assert.deepEqual(styleAt(FORMS.articles.fields, []).order, template);
	});

	it('write dates as the README documents them: days plain, partial dates quoted', () => {
		assert.equal(styleAt(FORMS.articles.fields, ['published']).quoted, false);
		assert.equal(styleAt(FORMS.articles.fields, ['figures', 0, 'reported']).quoted, true);
		assert.equal(styleAt(FORMS.articles.fields, ['figures', 0, 'period', 'from']).quoted, true);
		assert.equal(styleAt(FORMS.sources.fields, ['published']).quoted, true);
	});

	it('write words on one line where the README does: authors, topics, countries, periods, places and breakdown rows', () => {
		for (const path of [['authors'], ['tags'], ['countries'], ['figures', 0, 'period'], ['figures', 0, 'place'], ['figures', 0, 'breakdown', 0]])
			assert.equal(styleAt(FORMS.articles.fields, path).flow, true, path.join('.'));
		for (const path of [['sources'], ['figures'], ['figures', 0], ['events'], ['corrections']])
			assert.equal(styleAt(FORMS.articles.fields, path).flow, false, path.join('.'));
		assert.equal(styleAt(FORMS.articleTranslations.fields, ['figures', 'an-id', 'breakdown']).flow, true);
	});
});
