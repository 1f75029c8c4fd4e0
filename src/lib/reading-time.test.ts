import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { countWords, readingMinutes } from './reading-time.ts';

/** Word-like segments as Intl.Segmenter finds them: the count countWords must give. */
function segmenterCount(text: string, locale: string): number {
	let words = 0;
	for (const segment of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) if (segment.isWordLike) words += 1;
	return words;
}

describe('countWords', () => {
	it('counts the words of plain prose', () => {
		assert.equal(countWords('Over seventy people were killed.', 'en-GB'), 5);
		assert.equal(countWords('', 'en-GB'), 0);
	});

	it('does not count component tags or their attributes', () => {
		assert.equal(countWords('Seventy were killed.<Cite id="cnddhh-report-2023-01-26" />', 'en-GB'), 3);
		assert.equal(countWords('<PullQuote source="cnddhh-report-2023-01-26">Words quoted here</PullQuote>', 'en-GB'), 3);
		assert.equal(countWords('<CallToAction\n  href="/about/"\n  label="Read more about us"\n/>', 'en-GB'), 0);
	});

	it('does not count expressions', () => {
		assert.equal(countWords('Two words {someVariable.with.many.parts} here', 'en-GB'), 3);
		assert.equal(countWords('{/* an editor’s comment that nobody reads */}Visible', 'en-GB'), 1);
	});

	it('does not count import lines or link targets', () => {
		assert.equal(countWords("import Chart from '../components/Chart.astro';\nOne two three", 'en-GB'), 3);
		assert.equal(countWords('See [the report](https://example.org/a/long/address) now', 'en-GB'), 4);
	});

	it('counts numbers as words and ignores punctuation', () => {
		assert.equal(countWords('— 48, 50 — and “more than 70”!', 'en-GB'), 6);
	});

	it('counts as Intl.Segmenter does: apostrophes, decimals, accents, other scripts', () => {
		const samples = [
			"don't l’homme ’tis x’ 'quoted' rock 'n' roll",
			'3.5 1,000 1.000,50 12.5% 10:30 3,5 km 2022–2023 H₂O ½ Ⅻ CO2 20th',
			'e.g. U.S. army A.B.C. Ms. Smith end.Start word:word a·b x-y co-op state_of 7-Eleven',
			'São Paulo ñandú coração ¿Qué? ¡Sí! naïve über e\u0301cole niño’s „quote“',
			'www.example.org name@example.org #tag @name one/two a…b π≈3.14',
			'Привет мир ῥ الحرية 北京 東京タワー ภาษาไทย',
		];
		for (const sample of samples)
			for (const locale of ['en-GB', 'es', 'pt'])
				assert.equal(countWords(sample, locale), segmenterCount(sample, locale), `${locale}: ${sample}`);
	});

	it('counts every entry in content/ as Intl.Segmenter does', () => {
		const root = join(import.meta.dirname, '../../content');
		const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
		assert.ok(files.length > 0);
		for (const file of files) {
			const body = readFileSync(join(root, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
			const prose = body.replace(/^import .*$/gm, '').replace(/<[^>]+>/g, ' ').replace(/\{[^}]*\}/g, ' ').replace(/\]\([^)]*\)/g, ']');
			assert.equal(countWords(body, 'en-GB'), segmenterCount(prose, 'en-GB'), file);
		}
	});
});

describe('readingMinutes', () => {
	it('is never less than one minute', () => {
		assert.equal(readingMinutes(0, 220), 1);
		assert.equal(readingMinutes(countWords('A few words.', 'en-GB'), 220), 1);
		assert.equal(readingMinutes(countWords('<Cite id="x" />'.repeat(500), 'en-GB'), 220), 1);
	});

	it('rounds to whole minutes', () => {
		assert.equal(readingMinutes(440, 220), 2);
		assert.equal(readingMinutes(549, 220), 2);
		assert.equal(readingMinutes(551, 220), 3);
	});

	it('does not count markup towards the time', () => {
		const prose = Array.from({ length: 220 }, () => 'word').join(' ');
		const markup = '<Cite id="a-very-long-source-identifier" />'.repeat(1000);
		assert.equal(readingMinutes(countWords(prose + markup, 'en-GB'), 220), 1);
	});
});
