import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSafeLink } from './article-format.ts';
import { parseMdx, readBody } from './body.ts';

/** What the format refuses in a body, as "line: message". */
const refused = (body: string) => readBody(parseMdx(body), 'en').refused.map(({ line, message }) => `${line}: ${message}`);

describe('the closed article format allows', () => {
	it('Markdown of every kind: headings, lists, quotes, tables, code, links, images, footnotes', () => {
		const body = [
			'## A section',
			'',
			'Text with **strong**, _emphasis_, ~~struck~~ and `code`.',
			'',
			'- one',
			'- two',
			'',
			'> A quotation.',
			'',
			'| a | b |',
			'| - | - |',
			'| 1 | 2 |',
			'',
			'```js',
			'const x = { y: 1 }; // <script>alert(1)</script> {process.env.PATH}',
			'```',
			'',
			'[A link](https://example.org), [a page](/archive/), [an anchor](#references), [mail](mailto:x@example.org) and ![a picture](./photo.jpg).',
			'',
			'A note.[^1] A [reference][r].',
			'',
			'[^1]: The note.',
			'[r]: https://example.org/r',
			'',
			'Inline `{x}` and `<script>` are text.',
		].join('\n');
		assert.deepEqual(refused(body), []);
	});

	it('the site’s components and the listed HTML, with literal attribute values', () => {
		const body = [
			'Counted.<Cite id="a-source" />',
			'',
			'<PullQuote by="CNDDHH" source="a-source" lang="es" translation="our words">las palabras</PullQuote>',
			'',
			'<CallToAction title="Follow" href="/archive/" action="Read">Text.</CallToAction>',
			'',
			'<span lang="en">words</span>, <abbr title="Comisión">CNDDHH</abbr>, H<sub>2</sub>O, <a href="https://example.org" hreflang="es">a link</a>, <time datetime="2023-01-19">19 January</time>.',
		].join('\n');
		assert.deepEqual(refused(body), []);
	});
});

describe('the closed article format refuses, naming the line', () => {
	const cases: [string, string, RegExp][] = [
		['import and export', "Text.\n\nexport const x = (await import('node:fs')).writeFileSync('marker', '')", /^3: import and export are not allowed/],
		['an import', "import Thing from '../evil.astro'\n\nText.", /^1: import and export are not allowed/],
		['an expression', 'The path is {process.env.PATH}.', /^1: \{…\} is not allowed in an article: it would run as code/],
		['a comment expression', 'Text.\n\n{/* a note */}', /^3: \{…\} is not allowed/],
		['<script>', 'Text.\n\n<script>alert(1)</script>', /^3: <script> is not allowed in an article/],
		['<style>', '<style>{"body{display:none}"}</style>', /<style> is not allowed/],
		['<iframe>', '<iframe src="https://example.org" />', /<iframe> is not allowed/],
		['<meta> refresh', '<meta http-equiv="refresh" content="30;url=https://elsewhere.example" />', /<meta> is not allowed/],
		['<link>', '<link rel="stylesheet" href="https://cdn.example/x.css" />', /<link> is not allowed/],
		['<base>', '<base href="https://elsewhere.example/" />', /<base> is not allowed/],
		['<object>', '<object data="x.swf" />', /<object> is not allowed/],
		['<embed>', '<embed src="x.swf" />', /<embed> is not allowed/],
		['<form>', '<form action="https://elsewhere.example"><input name="x" /></form>', /<form> is not allowed/],
		['<svg>', '<svg><animate attributeName="href" values="javascript:alert(1)" /></svg>', /<svg> is not allowed/],
		['another component', '<Thing />', /<Thing> is not allowed in an article; the components are Cite, PullQuote, CallToAction/],
		['a fragment', '<>text</>', /a fragment/],
		['an on* attribute', '<span onclick="alert(1)">x</span>', /the attribute onclick is not allowed \(it would run a script\)/],
		['onerror on an image', '<img src="x.png" alt="x" onerror="alert(1)" />', /the attribute onerror is not allowed/],
		['style', '<span style="color:red">x</span>', /the attribute style is not allowed \(the site has one stylesheet\)/],
		['an expression attribute', '<Cite id={source} />', /write the value in quotes/],
		['a spread attribute', '<span {...props}>x</span>', /attributes are written as name="value"/],
		['a javascript: link', '[click](javascript:alert(1))', /the link "javascript:alert\(1\)" is not allowed/],
		['a javascript: link hidden by a tab', '<a href="java\tscript:alert(1)">x</a>', /a link must be/],
		['a javascript: link hidden by an entity', '<a href="javascript&#58;alert(1)">x</a>', /a link must be/],
		['a javascript: definition', '[click][x]\n\n[x]: javascript:alert(1)', /^3: the link "javascript:alert\(1\)" is not allowed/],
		['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', /the link "data:image/],
		['a vbscript: link in HTML', '<a href="vbscript:msgbox(1)">x</a>', /a link must be/],
		['a javascript: CallToAction', '<CallToAction title="Go" href="javascript:alert(1)" action="Go">x</CallToAction>', /<CallToAction href="javascript:alert\(1\)">: a link must be/],
		['a component without what it needs', '<PullQuote by="Someone">words</PullQuote>', /<PullQuote> needs source="…"/],
		['a bidi override in the text', 'Text \u202Eesrever', /the text holds an invisible control character \(U\+202E\)/],
		['a control character in an attribute', '<Cite id="a\u000Bsource" />', /holds an invisible control character \(U\+000B\)/],
		['a bad language code', '<span lang="English">x</span>', /must be a language code/],
	];
	for (const [what, body, expected] of cases)
		it(what, () => {
			const found = refused(body);
			assert.ok(
				found.some((line) => expected.test(line)),
				`${JSON.stringify(body)} gave ${JSON.stringify(found)}`,
			);
		});

	it('lists every refusal of a body at once', () => {
		assert.equal(refused('{a}\n\n<script />\n\n[x](javascript:y)\n\nexport const z = 1').length, 4);
	});
});

describe('isSafeLink', () => {
	it('allows http(s), mailto and addresses on this site', () => {
		for (const link of ['https://example.org/x', 'http://example.org', 'mailto:a@example.org', '/archive/', 'page/', '../x', '#references', '?q=x'])
			assert.equal(isSafeLink(link), true, link);
	});

	it('refuses every other scheme, however it is spelled', () => {
		for (const link of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:x', 'java\nscript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'ftp://example.org'])
			assert.equal(isSafeLink(link), false, JSON.stringify(link));
	});
});
