import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HeadersSyntaxError, headersFor, parseHeaders } from './headers.ts';

describe('parseHeaders and headersFor', () => {
	it('reads rules, skipping comments and blank lines', () => {
		const rules = parseHeaders('# comment\n/*\n  X-One: a\n\n  # inside\n  X-Two: b: c\n/docs/*\n  X-Three: d\n');
		assert.deepEqual(rules, [
			{ pattern: '/*', headers: [['X-One', 'a'], ['X-Two', 'b: c']] },
			{ pattern: '/docs/*', headers: [['X-Three', 'd']] },
		]);
	});

	it('applies every matching rule, joining a repeated header', () => {
		const rules = parseHeaders('/*\n  Cache-Control: public\n/_astro/*\n  cache-control: immutable\n/a/:slug/\n  X-Slug: yes\n');
		assert.deepEqual([...headersFor(rules, '/_astro/x.js')], [['Cache-Control', 'public, immutable']]);
		assert.deepEqual([...headersFor(rules, '/')], [['Cache-Control', 'public']]);
		assert.equal(headersFor(rules, '/a/one/').get('X-Slug'), 'yes');
		assert.equal(headersFor(rules, '/a/one/two/').has('X-Slug'), false);
		assert.equal(headersFor(rules, '/a.b').size, 1);
	});

	it('treats pattern characters other than * and :name literally', () => {
		const rules = parseHeaders('/file.txt\n  X: 1\n');
		assert.equal(headersFor(rules, '/file.txt').get('X'), '1');
		assert.equal(headersFor(rules, '/fileXtxt').size, 0);
	});

	it('rejects a header before a pattern and a line that is not a header', () => {
		assert.throws(() => parseHeaders('  X: 1\n'), HeadersSyntaxError);
		assert.throws(() => parseHeaders('/*\n  not a header\n'), HeadersSyntaxError);
		assert.throws(() => parseHeaders('nopath\n'), HeadersSyntaxError);
	});
});
