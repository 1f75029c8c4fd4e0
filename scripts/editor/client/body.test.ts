import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMPONENTS } from '../../../src/content-model/article-format.ts';
import { parseMdx, readBody } from '../../../src/content-model/body.ts';
import { component, SNIPPETS } from './body.ts';

/** What the closed article format refuses in a text, and the sources it cites. */
const read = (text: string) => readBody(parseMdx(text), 'en');

describe('the buttons that write components', () => {
	it('offer exactly the attributes the article format allows each component, its required ones required', () => {
		for (const [name, snippet] of Object.entries(SNIPPETS)) {
			const rule = COMPONENTS[name as keyof typeof COMPONENTS];
			assert.deepEqual(snippet.fields.map((field) => field.name).toSorted(), Object.keys(rule.attributes).toSorted(), name);
			assert.deepEqual(snippet.fields.filter((field) => field.required).map((field) => field.name).toSorted(), [...rule.required].toSorted(), name);
		}
	});

	it('write components the article format accepts, whatever the words hold', () => {
		const words = 'They said "enough", it’s {over} & <done>';
		const texts = [
			component('Cite', [['id', 'a-source']]),
			component('PullQuote', [['by', 'The "coordinator"'], ['role', ''], ['source', 'a-source'], ['lang', 'es'], ['translation', "it's over"]], words),
			component('CallToAction', [['title', 'Read {more}'], ['href', '/archive/'], ['action', '']], words),
		];
		for (const text of texts) {
			const body = read(`Text ${text}\n\n${text}\n`);
			assert.deepEqual(body.refused, [], text);
		}
		assert.equal(texts[0], '<Cite id="a-source" />');
		assert.deepEqual(read(`${texts[1]}\n`).citations.map(({ id }) => id), ['a-source']);
		assert.match(texts[1]!, /^<PullQuote by='The "coordinator"' source="a-source" lang="es" translation="it's over">/);
		assert.match(texts[1]!, /They said "enough", it’s &#123;over&#125; &amp; &lt;done>/);
	});

	it('refuse a value with both kinds of quotation mark, which no attribute can hold', () => {
		assert.throws(() => component('CallToAction', [['title', `"Yes," it's`]]), /quotation mark/);
	});
});
