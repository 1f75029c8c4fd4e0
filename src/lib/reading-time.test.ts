import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countWords, readingMinutes } from './reading-time.ts';

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
});

describe('readingMinutes', () => {
	it('is never less than one minute', () => {
		assert.equal(readingMinutes('', 'en-GB', 220), 1);
		assert.equal(readingMinutes('A few words.', 'en-GB', 220), 1);
		assert.equal(readingMinutes('<Cite id="x" />'.repeat(500), 'en-GB', 220), 1);
	});

	it('rounds to whole minutes', () => {
		const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');
		assert.equal(readingMinutes(words(440), 'en-GB', 220), 2);
		assert.equal(readingMinutes(words(549), 'en-GB', 220), 2);
		assert.equal(readingMinutes(words(551), 'en-GB', 220), 3);
	});

	it('does not count markup towards the time', () => {
		const prose = Array.from({ length: 220 }, () => 'word').join(' ');
		const markup = '<Cite id="a-very-long-source-identifier" />'.repeat(1000);
		assert.equal(readingMinutes(prose + markup, 'en-GB', 220), 1);
	});
});
