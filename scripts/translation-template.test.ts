import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { parseMdx, readBody } from '../src/content-model/body.ts';
import { checkTranslations } from '../src/content-model/checks/translations.ts';
import type { CollectionName } from '../src/content-model/collections.ts';
import type { ContentFile } from '../src/content-model/content-file.ts';
import { entryTranslationSchema } from '../src/schemas/entry-translation.ts';
import { translationTemplate } from './translation-template.ts';

const original = {
	file: 'content/articles/the-count.mdx',
	data: {
		title: 'The count: "who" counted',
		description: 'Who counted, and when.',
		published: '2026-10-14',
		sources: ['report-one'],
		image: { src: './x.png', alt: 'A march', credit: 'Us', licence: 'CC BY' },
		figures: [
			{
				id: 'toll',
				wording: '48 killed',
				victims: 'protesters',
				perpetrator: 'the police',
				place: { country: 'PE', region: 'Puno' },
				breakdown: [{ label: 'children' }],
			},
			{ id: 'bare', wording: 'a figure with no prose', place: { country: 'PE' } },
		],
	},
	body: 'The text <Cite id="report-one" />.\n',
};

function split(text: string): { data: Record<string, unknown>; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	assert.ok(match, 'the template starts with a frontmatter block');
	return { data: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
}

const file = (collection: CollectionName, id: string, data: unknown, body: string): ContentFile => ({
	collection,
	id,
	file: `content/articles/${id}.mdx`,
	absolutePath: `/nonexistent/${id}.mdx`,
	data,
	body: readBody(parseMdx(body), 'en'),
	problems: [],
});

test('a translation template is a draft that the schema and the translation checks accept', () => {
	const { data, body } = split(translationTemplate(original, 'es', '2026-11-22'));
	assert.equal(data.draft, true);
	assert.equal(data.title, original.data.title);
	assert.equal(body, original.body);
	const result = entryTranslationSchema.safeParse(data);
	assert.ok(result.success, JSON.stringify(!result.success && result.error.issues));
	assert.deepEqual(
		checkTranslations([
			file('articles', 'the-count', original.data, original.body),
			file('articleTranslations', 'es/the-count', data, body),
		]),
		[],
	);
});

test('it lays out exactly the prose of each figure that has any, to be written over', () => {
	const { data } = split(translationTemplate(original, 'es', '2026-11-22'));
	assert.deepEqual(data.figures, { toll: { victims: 'protesters', perpetrator: 'the police', region: 'Puno', breakdown: ['children'] } });
	assert.deepEqual(data.image, { alt: 'A march' });
});

test('it shows the source’s own words beside each figure, as a comment only', () => {
	const text = translationTemplate(original, 'es', '2026-11-22');
	assert.match(text, /# The source's words, which stay as they are: "48 killed"/);
	assert.doesNotMatch(JSON.stringify(split(text).data), /48 killed/);
});
