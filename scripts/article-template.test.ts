import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { articleSchema } from '../src/schemas/entry.ts';
import { articleTemplate, slugify } from './article-template.ts';

test('slugify makes a plain file name, accents and punctuation removed', () => {
	assert.equal(slugify('Lima, 19 de enero: la “Toma de Lima”'), 'lima-19-de-enero-la-toma-de-lima');
	assert.equal(slugify('Perú & Bolivia'), 'peru-bolivia');
	assert.equal(slugify('¿¡!?'), '');
});

function frontmatter(text: string): Record<string, unknown> {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	assert.ok(match, 'the template starts with a frontmatter block');
	return parse(match[1] ?? '') as Record<string, unknown>;
}

test('the template lays out every field of the article schema', () => {
	const text = articleTemplate('A title', '2024-01-02');
	const fields = Object.keys(articleSchema(z.string()).shape);
	for (const field of fields) assert.match(text, new RegExp(`^#? ?${field}:`, 'm'), `field "${field}" is laid out`);
});

test('the template is a valid draft once its sources are filled in', () => {
	const data = frontmatter(articleTemplate('A title: with "quotes"', '2024-01-02'));
	assert.equal(data.title, 'A title: with "quotes"');
	assert.equal(data.draft, true);
	const result = articleSchema(z.string()).safeParse({ ...data, sources: ['some-source'] });
	assert.ok(result.success, JSON.stringify(!result.success && result.error.issues));
});

test('the template, as written, tells the editor that sources are missing', () => {
	const result = articleSchema(z.string()).safeParse(frontmatter(articleTemplate('A title', '2024-01-02')));
	assert.equal(result.success, false);
	assert.ok(!result.success && result.error.issues.some((issue) => issue.path.join('.') === 'sources'));
});
