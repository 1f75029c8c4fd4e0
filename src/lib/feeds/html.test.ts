import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { parse } from 'node-html-parser';
import { HTML_ELEMENTS } from '../../content-model/article-format.ts';
import { ALLOWED_ATTRIBUTES, ALLOWED_ELEMENTS, absoluteSrcset, absoluteUrl, parseSrcset, prepareFeedHtml } from './html.ts';

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

	it('keeps addresses that are already absolute, and mail links', () => {
		assert.equal(absoluteUrl('https://www.cnddhh.org/report?a=1&b=2', PAGE), 'https://www.cnddhh.org/report?a=1&b=2');
		assert.equal(absoluteUrl('mailto:editors@example.org', PAGE), 'mailto:editors@example.org');
	});

	it('refuses schemes a reader should not follow', () => {
		assert.equal(absoluteUrl('javascript:alert(1)', PAGE), undefined);
		assert.equal(absoluteUrl(' JavaScript:alert(1)', PAGE), undefined);
		assert.equal(absoluteUrl('java\tscript:alert(1)', PAGE), undefined);
		assert.equal(absoluteUrl('data:text/html,<script>alert(1)</script>', PAGE), undefined);
		assert.equal(absoluteUrl('vbscript:msgbox(1)', PAGE), undefined);
		assert.equal(absoluteUrl('tel:+5114000000', PAGE), undefined);
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
				'<p><img src="y.png" alt=""></p>',
				'<blockquote cite="/campaign/sources/cnddhh/">…</blockquote>',
			].join(''),
			PAGE,
		);
		assert.equal(attribute(html, 'a', 'href'), 'https://example.org/campaign/archive/');
		assert.equal(attribute(html, 'img', 'src'), 'https://example.org/campaign/_astro/x.webp');
		assert.equal(
			attribute(html, 'img', 'srcset'),
			'https://example.org/campaign/_astro/x-360.webp 360w, https://example.org/campaign/_astro/x-720.webp 720w',
		);
		assert.equal(attribute(html, 'p img', 'src'), `${PAGE}y.png`);
		assert.equal(attribute(html, 'blockquote', 'cite'), 'https://example.org/campaign/sources/cnddhh/');
	});

	it('keeps ampersands in addresses correctly escaped', () => {
		const html = prepareFeedHtml('<a href="/search/?q=a&amp;page=2">next</a>', PAGE);
		assert.match(html, /href="https:\/\/example\.org\/search\/\?q=a&amp;page=2"/);
		assert.equal(attribute(html, 'a', 'href'), 'https://example.org/search/?q=a&page=2');
	});

	it('keeps what an entry is made of: its text, boxes, figures, references and image', () => {
		const entry = [
			'<aside class="summary-note" aria-label="Summary"><p>A summary of “<cite lang="es">Título</cite>”.</p></aside>',
			'<figure class="featured-image"><img src="https://example.org/a-360.webp" srcset="https://example.org/a-360.webp 360w, https://example.org/a-720.webp 720w" sizes="(min-width: 46rem) 44rem, 100vw" alt="A banner" width="1200" height="675" loading="eager" decoding="async" /><figcaption>Photo: A. Credit (CC BY 4.0)</figcaption></figure>',
			'<div class="prose"><h2 id="what-happened">What happened</h2><p>Text with <em>emphasis</em>, <strong>strong</strong>, <code>code</code> and <a href="https://example.org/x" title="X" hreflang="es" rel="external noreferrer">a link</a><sup class="cite"><a href="https://example.org/p/#ref-a" aria-label="Source 1">[1]</a></sup>.</p>',
			'<ul><li>one</li></ul><ol start="3" reversed><li>three</li></ol>',
			'<figure class="pull-quote"><blockquote lang="es"><p>Cita</p></blockquote><p class="pull-quote-translation">Quote</p><figcaption>A. Person</figcaption></figure>',
			'<table><thead><tr><th scope="col">a</th></tr></thead><tbody><tr><td colspan="2">b</td></tr></tbody></table>',
			'<aside class="call-to-action"><p class="call-to-action-title">Act</p><p><a class="call-to-action-button" href="mailto:act@example.org">Write</a></p></aside></div>',
			'<section class="figures-cited" aria-labelledby="figures"><h2 id="figures">Figures cited</h2><ol class="figure-list"><li class="figure" id="figure-a" data-figure-id="a"><blockquote class="figure-wording"><p><span class="visually-hidden">Source’s words: </span><span class="quoted-wording" lang="es">“más de 70”</span></p></blockquote><dl class="figure-details"><dt>Reported</dt><dd><time datetime="2023-01-26">26 January 2023</time></dd></dl></li></ol></section>',
			'<section class="references" aria-labelledby="references"><h2 id="references">References</h2><ol class="reference-list"><li id="ref-a" value="1" data-source-id="a"><span class="reference-publisher">CNDDHH</span>. <cite class="reference-title" lang="es"><a href="https://example.org/sources/a/">Informe</a></cite>. <strong class="party-label">Party</strong></li></ol></section>',
		].join('');
		assert.equal(prepareFeedHtml(entry, PAGE), entry);
	});

	it('writes text as it reads: characters escaped only where HTML needs it', () => {
		assert.equal(
			prepareFeedHtml('<p>Castillo&#39;s letter &amp; &quot;quotes&quot; &lt;b&gt;</p>', PAGE),
			'<p>Castillo\'s letter &amp; "quotes" &lt;b&gt;</p>',
		);
	});

	it('removes scripts, styles, frames, forms and the other elements that run code or load things', () => {
		const html = prepareFeedHtml(
			[
				'<p>kept</p>',
				'<script>alert(1)</script>',
				'<script type="module" src="/x.js"></script>',
				'<style>p { color: red }</style>',
				'<link rel="stylesheet" href="/x.css">',
				'<meta http-equiv="refresh" content="30;url=https://elsewhere.example/">',
				'<base href="https://elsewhere.example/">',
				'<iframe src="https://video.example/embed"><p>fallback</p></iframe>',
				'<iframe srcdoc="<script>alert(1)</script>"></iframe>',
				'<form action="/x"><input name="q"><button>Go</button></form>',
				'<object data="/x.swf"><p>fallback</p></object><embed src="/x.swf">',
				'<noscript><img src="/pixel.gif"></noscript>',
				'<template><p>hidden</p></template>',
				'<video poster="/p.jpg" src="/v.mp4"></video><audio src="/a.mp3"></audio>',
			].join(''),
			PAGE,
		);
		assert.equal(html, '<p>kept</p>');
	});

	it('removes SVG and MathML with everything in them: an SVG animation can set a link to javascript:', () => {
		const html = prepareFeedHtml(
			[
				'<svg><a><animate attributeName="href" values="javascript:alert(1)" /><text x="0" y="20">click</text></a></svg>',
				'<svg><set attributeName="xlink:href" to="javascript:alert(1)" /></svg>',
				'<math><mtext><a xlink:href="javascript:alert(1)">click</a></mtext></math>',
				'<p>kept</p>',
			].join(''),
			PAGE,
		);
		assert.equal(html, '<p>kept</p>');
	});

	it('removes scripts nested anywhere, inside pre and code too', () => {
		const html = prepareFeedHtml('<div><pre><code><span>x</span><script>alert(1)</script></code></pre></div>', PAGE);
		assert.equal(html, '<div><pre><code><span>x</span></code></pre></div>');
	});

	it('removes event handlers, style, srcdoc and every other attribute not on the list, whatever their case', () => {
		const html = prepareFeedHtml(
			'<img src="/a.png" alt="a" onerror="alert(1)" ONLOAD="x()" style="x" usemap="#m"><p style="color:red" onClick="x()" srcdoc="<b>" tabindex="0" contenteditable data-x="1">t</p>',
			PAGE,
		);
		assert.equal(html, '<img src="https://example.org/a.png" alt="a" /><p>t</p>');
	});

	it('drops links and sources that use an unsafe scheme, however written, keeping their text', () => {
		const html = prepareFeedHtml(
			[
				'<a href="javascript:alert(1)">one</a>',
				'<a href="java&#x09;script:alert(1)">two</a>',
				'<a href=" JAVASCRIPT:alert(1)">three</a>',
				'<a href="data:text/html,<script>alert(1)</script>">four</a>',
				'<a href="vbscript:x">five</a>',
				'<img src="data:image/svg+xml,<svg/>" alt="x">',
				'<img srcset="data:image/png;base64,AAAA 1x" alt="y">',
				'<blockquote cite="javascript:alert(1)">q</blockquote>',
			].join(''),
			PAGE,
		);
		assert.equal(html, '<a>one</a><a>two</a><a>three</a><a>four</a><a>five</a><img alt="x" /><img alt="y" /><blockquote>q</blockquote>');
	});

	it('keeps the text of elements not on the list, without the element', () => {
		assert.equal(prepareFeedHtml('<center>a</center><font color="red">b</font><details><summary>c</summary>d</details>', PAGE), 'abcd');
	});

	it('removes Astro’s and Pagefind’s attributes and HTML comments', () => {
		const html = prepareFeedHtml('<!-- note --><p data-astro-cid-abc123 data-astro-source-file="x" data-pagefind-ignore>t</p>', PAGE);
		assert.equal(html, '<p>t</p>');
	});

	it('removes the characters XML forbids, which would make the whole feed unreadable', () => {
		assert.equal(prepareFeedHtml('<p title="a\u000Bb">c\u0000d\uD800e</p>', PAGE), '<p title="ab">cde</p>');
	});
});

test('every element and attribute the article format lets editors write reaches the feeds', () => {
	for (const [element, { attributes }] of Object.entries(HTML_ELEMENTS)) {
		assert.ok(ALLOWED_ELEMENTS.includes(element), `<${element}> is allowed in articles but dropped from feeds`);
		for (const attribute of Object.keys(attributes))
			assert.ok(
				[...(ALLOWED_ATTRIBUTES[element] ?? []), ...(ALLOWED_ATTRIBUTES['*'] ?? [])].includes(attribute),
				`<${element} ${attribute}> is allowed in articles but dropped from feeds`,
			);
	}
});
