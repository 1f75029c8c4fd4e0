import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { citedSourceIds } from './citations.ts';

describe('citedSourceIds', () => {
	it('finds nothing in a body without citations', () => {
		assert.deepEqual(citedSourceIds(''), []);
		assert.deepEqual(citedSourceIds('Plain prose with <strong>markup</strong> and a [link](https://example.org).'), []);
	});

	it('finds the id of a self-closing Cite', () => {
		assert.deepEqual(citedSourceIds('Over 70 people were killed.<Cite id="cnddhh-report-2023-01-26" />'), ['cnddhh-report-2023-01-26']);
	});

	it('finds every citation, in order, repeats included', () => {
		const body = [
			'The first count.<Cite id="browse-lfpla-meeting-2023-01" /> A later one.<Cite id="iachr-report-2023-05"/>',
			'',
			'And the first again.<Cite id="browse-lfpla-meeting-2023-01" />',
		].join('\n');
		assert.deepEqual(citedSourceIds(body), ['browse-lfpla-meeting-2023-01', 'iachr-report-2023-05', 'browse-lfpla-meeting-2023-01']);
	});

	it('accepts single quotes, extra whitespace and other attributes before the id', () => {
		assert.deepEqual(citedSourceIds("<Cite id='a-source' />"), ['a-source']);
		assert.deepEqual(citedSourceIds('<Cite\n  id="b-source"\n/>'), ['b-source']);
		assert.deepEqual(citedSourceIds('<Cite page="4" id="c-source" />'), ['c-source']);
	});

	it('reads the id attribute, not another attribute ending in id', () => {
		assert.deepEqual(citedSourceIds('<Cite data-id="not-this" id="this-one" />'), ['this-one']);
		assert.deepEqual(citedSourceIds('<Cite data-id="not-this" />'), []);
	});

	it('ignores other components whose names start with Cite', () => {
		assert.deepEqual(citedSourceIds('<Citation id="not-a-cite" /><CiteList id="nor-this" />'), []);
	});

	it('ignores a lower-case cite element', () => {
		assert.deepEqual(citedSourceIds('<cite id="html-cite">A title</cite>'), []);
	});
});
