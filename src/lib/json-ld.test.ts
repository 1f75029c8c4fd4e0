import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newsArticleLd, serializeJsonLd } from './json-ld.ts';

test('serialised JSON-LD cannot close its script element or open a comment', () => {
	const text = serializeJsonLd({ headline: '</script><script>alert(1)</script> <!-- ]]> & \u2028' });
	assert.doesNotMatch(text, /<|>|&|\u2028/);
	assert.deepEqual(JSON.parse(text), { headline: '</script><script>alert(1)</script> <!-- ]]> & \u2028' });
});

test('a news article names its authors, dates, image and what it is based on', () => {
	const ld = newsArticleLd({
		url: 'https://example.org/summaries/a/',
		headline: 'A',
		description: 'D',
		lang: 'en',
		datePublished: '2026-10-01',
		authors: [{ name: 'Editorial team', url: 'https://example.org/authors/editorial-team/' }],
		publisher: { name: 'Site', url: 'https://example.org/', logo: 'https://example.org/favicon.svg' },
		image: 'https://example.org/summaries/a/share.png',
		keywords: ['Repression'],
		basedOn: { name: 'Original', author: 'Someone' },
	});
	assert.equal(ld['@type'], 'NewsArticle');
	assert.equal(ld.dateModified, '2026-10-01');
	assert.deepEqual(ld.author, [{ '@type': 'Organization', name: 'Editorial team', url: 'https://example.org/authors/editorial-team/' }]);
	assert.deepEqual(ld.isBasedOn, { '@type': 'CreativeWork', name: 'Original', author: { '@type': 'Person', name: 'Someone' } });
});

test('a translation names its original, and an original names none', () => {
	const input = {
		url: 'https://example.org/es/articles/a/',
		headline: 'A',
		description: 'D',
		lang: 'es',
		datePublished: '2026-10-01',
		authors: [],
		publisher: { name: 'Site', url: 'https://example.org/es/', logo: 'https://example.org/favicon.svg' },
		image: 'https://example.org/es/articles/a/share.png',
		keywords: [],
	};
	const translated = newsArticleLd({ ...input, translationOf: 'https://example.org/articles/a/' });
	assert.equal(translated.inLanguage, 'es');
	assert.deepEqual(translated.translationOfWork, { '@type': 'NewsArticle', url: 'https://example.org/articles/a/' });
	assert.ok(!('translationOfWork' in newsArticleLd(input)));
});
