import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { absoluteSrcset, absoluteUrl, parseSrcset, prepareFeedHtml } from './html.ts';

const PAGE = 'https://example.org/campaign/articles/counting-the-dead/';

/** The value of one attribute of the first element a selector finds in prepared HTML. */
function attribute(html: string, selector: string, name: string): string | undefined {
	return parse(html).querySelector(selector)?.getAttribute(name);
}

describe('absoluteUrl', () => {
	it('resolves a path from the root, a relative path and a bare anchor against the page', () => {
		assert.equal(absoluteUrl('/campaign/archive/', PAGE), 'https://example.org/campaign/archive/');
		assert.equal(absoluteUrl('../other/', PAGE), 'https://example.org/campaign/articles/other/');
		assert.equal(absoluteUrl('#ref-cnddhh', PAGE), `${PAGE}#ref-cnddhh`);
		assert.equal(absoluteUrl('share.png', PAGE), `${PAGE}share.png`);
	});

	it('keeps addresses that are already absolute, and mail and phone links', () => {
		assert.equal(absoluteUrl('https://www.cnddhh.org/report?a=1&b=2', PAGE), 'https://www.cnddhh.org/report?a=1&b=2');
		assert.equal(absoluteUrl('mailto:editors@example.org', PAGE), 'mailto:editors@example.org');
		assert.equal(absoluteUrl('tel:+5114000000', PAGE), 'tel:+5114000000');
	});

	it('refuses schemes a reader should not follow', () => {
		assert.equal(absoluteUrl('javascript:alert(1)', PAGE), undefined);
		assert.equal(absoluteUrl(' JavaScript:alert(1)', PAGE), undefined);
		assert.equal(absoluteUrl('data:text/html,<script>alert(1)</script>', PAGE), undefined);
		assert.equal(absoluteUrl('vbscript:msgbox(1)', PAGE), undefined);
	});

	it('refuses what is not an address at all', () => {
		assert.equal(absoluteUrl('http://', PAGE), undefined);
	});
});

describe('parseSrcset', () => {
	it('splits candidates with their descriptors', () => {
		assert.deepEqual(parseSrcset('/a.webp 360w, /b.webp 720w,/c.webp 2x'), [
			{ url: '/a.webp', descriptor: '360w' },
			{ url: '/b.webp', descriptor: '720w' },
			{ url: '/c.webp', descriptor: '2x' },
		]);
	});

	it('keeps a comma inside an address, and reads one that ends an address as a separator', () => {
		assert.deepEqual(parseSrcset('/img/w_360,h_200.jpg 360w, /one.jpg, /two.jpg 2x'), [
			{ url: '/img/w_360,h_200.jpg', descriptor: '360w' },
			{ url: '/one.jpg', descriptor: '' },
			{ url: '/two.jpg', descriptor: '2x' },
		]);
	});

	it('reads an empty srcset as no candidates', () => {
		assert.deepEqual(parseSrcset('  ,  '), []);
	});
});

describe('absoluteSrcset', () => {
	it('makes every candidate absolute and keeps its descriptor', () => {
		assert.equal(
			absoluteSrcset('/campaign/_astro/a.webp 360w, /campaign/_astro/b.webp 720w', PAGE),
			'https://example.org/campaign/_astro/a.webp 360w, https://example.org/campaign/_astro/b.webp 720w',
		);
	});

	it('escapes commas inside addresses so that they are not read as separators', () => {
		assert.equal(absoluteSrcset('/img/w_360,h_200.jpg 360w', PAGE), 'https://example.org/img/w_360%2Ch_200.jpg 360w');
	});

	it('drops unsafe candidates, and the whole attribute when none is left', () => {
		assert.equal(absoluteSrcset('javascript:x 1x, /a.png 2x', PAGE), 'https://example.org/a.png 2x');
		assert.equal(absoluteSrcset('javascript:x 1x', PAGE), undefined);
	});
});

describe('prepareFeedHtml', () => {
	it('makes citation anchors point at the reference on the entry’s page', () => {
		const html = prepareFeedHtml('<sup class="cite"><a href="#ref-cnddhh" aria-label="Source 1">[1]</a></sup>', PAGE);
		assert.equal(html, `<sup class="cite"><a href="${PAGE}#ref-cnddhh" aria-label="Source 1">[1]</a></sup>`);
	});

	it('makes links, images, srcsets and quotation sources absolute', () => {
		const html = prepareFeedHtml(
			[
				'<a href="/campaign/archive/">archive</a>',
				'<img src="/campaign/_astro/x.webp" srcset="/campaign/_astro/x-360.webp 360w, /campaign/_astro/x-720.webp 720w" alt="">',
				'<picture><source srcset="/campaign/_astro/y.avif" type="image/avif"><img src="y.png" alt=""></picture>',
				'<blockquote cite="/campaign/sources/cnddhh/">…</blockquote>',
				'<video poster="/campaign/poster.jpg"></video>',
			].join(''),
			PAGE,
		);
		assert.equal(attribute(html, 'a', 'href'), 'https://example.org/campaign/archive/');
		assert.equal(attribute(html, 'img', 'src'), 'https://example.org/campaign/_astro/x.webp');
		assert.equal(
			attribute(html, 'img', 'srcset'),
			'https://example.org/campaign/_astro/x-360.webp 360w, https://example.org/campaign/_astro/x-720.webp 720w',
		);
		assert.equal(attribute(html, 'source', 'srcset'), 'https://example.org/campaign/_astro/y.avif');
		assert.equal(attribute(html, 'picture img', 'src'), `${PAGE}y.png`);
		assert.equal(attribute(html, 'blockquote', 'cite'), 'https://example.org/campaign/sources/cnddhh/');
		assert.equal(attribute(html, 'video', 'poster'), 'https://example.org/campaign/poster.jpg');
	});

	it('keeps ampersands in addresses correctly escaped', () => {
		const html = prepareFeedHtml('<a href="/search/?q=a&amp;page=2">next</a>', PAGE);
		assert.match(html, /href="https:\/\/example\.org\/search\/\?q=a&amp;page=2"/);
		assert.equal(attribute(html, 'a', 'href'), 'https://example.org/search/?q=a&page=2');
	});

	it('removes scripts, styles and other elements a feed reader refuses', () => {
		const html = prepareFeedHtml(
			[
				'<p>kept</p>',
				'<script>alert(1)</script>',
				'<script type="module" src="/x.js"></script>',
				'<style>p { color: red }</style>',
				'<link rel="stylesheet" href="/x.css">',
				'<iframe src="https://video.example/embed"></iframe>',
				'<form action="/x"><input name="q"><button>Go</button></form>',
				'<object data="/x.swf"></object><embed src="/x.swf">',
				'<noscript><img src="/pixel.gif"></noscript>',
				'<template><p>hidden</p></template>',
			].join(''),
			PAGE,
		);
		assert.equal(html, '<p>kept</p>');
	});

	it('removes scripts nested anywhere, inside pre and code too', () => {
		const html = prepareFeedHtml('<div><pre><code><span>x</span><script>alert(1)</script></code></pre></div>', PAGE);
		assert.equal(html, '<div><pre><code><span>x</span></code></pre></div>');
	});

	it('removes event handlers and style attributes, whatever their case', () => {
		const html = prepareFeedHtml(
			'<img src="/a.png" alt="a" onerror="alert(1)" ONLOAD="x()"><p style="color:red" onClick="x()">t</p>',
			PAGE,
		);
		assert.equal(html, '<img src="https://example.org/a.png" alt="a"><p>t</p>');
	});

	it('drops links and sources that use an unsafe scheme, keeping their text', () => {
		const html = prepareFeedHtml('<a href="javascript:alert(1)">click</a><img src="data:image/svg+xml,<svg/>" alt="x">', PAGE);
		assert.equal(html, '<a>click</a><img alt="x">');
	});

	it('removes Astro’s scoping attributes and HTML comments', () => {
		const html = prepareFeedHtml('<!-- note --><p data-astro-cid-abc123 data-astro-source-file="x">t</p>', PAGE);
		assert.equal(html, '<p>t</p>');
	});

	it('leaves everything else as it was: text, entities, classes, ids and accessible names', () => {
		const input =
			'<section class="references" aria-labelledby="references"><h2 id="references">References</h2><ol><li id="ref-a" value="1">Castillo&#39;s letter &amp; “quotes” <cite>Title</cite></li></ol></section>';
		assert.equal(prepareFeedHtml(input, PAGE), input);
	});
});
