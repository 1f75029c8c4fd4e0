import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { formatProblems } from '../../src/content-model/problems.ts';
import { contentProblems } from '../../tests/support/content-check.ts';
import { readContentFolder } from '../content-files.ts';
import { generateContent, SEARCH_WORDS } from './generate.ts';

test('the same seed gives the same content, another seed other content', () => {
	assert.deepEqual(generateContent(3, 7), generateContent(3, 7));
	assert.notDeepEqual(generateContent(3, 7), generateContent(3, 8));
});

test('generated articles are valid content of the expected size and shape', () => {
	const folder = mkdtempSync(join(tmpdir(), 'bench-content-'));
	try {
		const files = generateContent(20, 3);
		for (const file of files) {
			mkdirSync(dirname(join(folder, file.path)), { recursive: true });
			writeFileSync(join(folder, file.path), file.text);
		}
		const loaded = readContentFolder(folder, folder);
		const problems = contentProblems(folder, folder);
		assert.equal(problems.length, 0, formatProblems(problems));
		const articles = loaded.filter((file) => file.collection === 'articles');
		assert.equal(articles.length, 20);
		assert.deepEqual(
			loaded.filter((file) => file.collection === 'articleTranslations').map((file) => file.id),
			[],
			'generated articles are English originals, not translated',
		);
		assert.ok(loaded.some((file) => file.collection === 'pages' && file.id === 'es/about'), 'the site needs a Spanish About page');
		for (const article of articles) {
			const words = article.body.split(/\s+/).filter((word) => /[a-z]/i.test(word)).length;
			assert.ok(words >= 800 && words <= 1400, `${article.id}: ${words} words`);
			const data = article.data as { sources: string[]; figures: unknown[] };
			assert.ok(data.sources.length >= 2 && data.sources.length <= 5);
			assert.ok(data.figures.length <= 4);
		}
		const bodies = articles.map((article) => article.body).join('\n');
		for (const marker of ['## ', '\n- ', '\n> ', '](', '<Cite ', '<PullQuote ', '<CallToAction '])
			assert.ok(bodies.includes(marker), `no "${marker.trim()}" in the generated articles`);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});

test('the words the benchmark searches for are words of the generated articles', () => {
	const text = generateContent(20, 3)
		.filter((file) => file.path.startsWith('articles/'))
		.map((file) => file.text.toLowerCase())
		.join(' ');
	for (const word of SEARCH_WORDS) assert.match(text, new RegExp(`\\b${word}\\b`), word);
});
