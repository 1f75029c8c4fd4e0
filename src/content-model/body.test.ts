import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BodySyntaxError, parseMdx, readBody } from './body.ts';

const read = (file: string) => readBody(parseMdx(file), 'en');
const ids = (file: string) => read(file).citations.map(({ id }) => id);

describe('readBody: citations', () => {
	it('finds nothing in a body without citations', () => {
		assert.deepEqual(ids(''), []);
		assert.deepEqual(ids('Plain prose with **emphasis** and a [link](https://example.org).'), []);
	});

	it('finds every <Cite> and <PullQuote source>, in order, repeats included, with the line of the file each is on', () => {
		const file = [
			'---',
			'title: A title',
			'---',
			'',
			'The first count.<Cite id="browse" /> A later one.<Cite id="iachr"/>',
			'',
			'<PullQuote by="Someone" source="quoted">Words.</PullQuote>',
			'',
			'And the first again.<Cite id="browse" />',
		].join('\n');
		assert.deepEqual(read(file).citations, [
			{ id: 'browse', line: 5 },
			{ id: 'iachr', line: 5 },
			{ id: 'quoted', line: 7 },
			{ id: 'browse', line: 9 },
		]);
	});

	it('reads the id attribute whatever its quotes, spacing and place, and nothing else', () => {
		assert.deepEqual(ids("<Cite id='a-source' />"), ['a-source']);
		assert.deepEqual(ids('Text <Cite\n  page="4"\n  id="b-source"\n/> more'), ['b-source']);
		assert.deepEqual(ids('<Cite data-id="not-this" />'), []);
	});

	it('ignores other components, lower-case cite elements, and code', () => {
		assert.deepEqual(ids('<Citation id="not-a-cite" /><CiteList id="nor-this" />'), []);
		assert.deepEqual(ids('<cite id="html-cite">A title</cite>'), []);
		assert.deepEqual(ids('`<Cite id="in-code" />`\n\n```mdx\n<Cite id="in-a-fence" />\n```'), []);
	});
});

describe('readBody: words', () => {
	it('counts the words a reader reads: text and code, not the frontmatter, tags, attributes or link addresses', () => {
		assert.equal(read('---\ntitle: Many words in the title\n---\n\nOver seventy people died.<Cite id="a-source" />').words, 4);
		assert.equal(read('A [link with words](https://example.org/many/path/parts) here.').words, 5);
		assert.equal(read('<PullQuote by="Someone Named" source="x">Two words</PullQuote>').words, 2);
		assert.equal(read('Run `npm test` now.').words, 4);
	});

	it('counts numbers and contractions as single words', () => {
		assert.equal(read('It counted 1,000 people, didn’t it?').words, 6);
	});
});

describe('parseMdx', () => {
	it('refuses a file that is not MDX, naming the line of the file', () => {
		assert.throws(
			() => parseMdx('---\ntitle: x\n---\n\nA paragraph.\n\nA broken <tag\n'),
			(error: unknown) => error instanceof BodySyntaxError && error.line === 7 && /expected/i.test(error.message),
		);
	});
});
