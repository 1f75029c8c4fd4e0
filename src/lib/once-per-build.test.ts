import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Entry } from './entries.ts';
import { oncePerBuild } from './once-per-build.ts';

const version = (id: string, lang: 'en' | 'es') => ({ collection: 'articles', id, data: { lang } }) as unknown as Entry;

it('oncePerBuild renders each version of an entry once, and gives every later caller that text', async () => {
	const rendered: string[] = [];
	const render = (text: string) => () => {
		rendered.push(text);
		return Promise.resolve(`<p>${text}</p>`);
	};
	const texts = await Promise.all([
		oncePerBuild('prose', version('prose-once-a', 'en'), render('a')),
		oncePerBuild('prose', version('prose-once-a', 'en'), render('a again')),
		oncePerBuild('prose', version('prose-once-a', 'es'), render('a in Spanish')),
		oncePerBuild('prose', version('prose-once-b', 'en'), render('b')),
	]);
	assert.deepEqual(texts, ['<p>a</p>', '<p>a</p>', '<p>a in Spanish</p>', '<p>b</p>']);
	assert.deepEqual(rendered, ['a', 'a in Spanish', 'b']);
	assert.equal(await oncePerBuild('prose', version('prose-once-a', 'en'), render('a, later')), '<p>a</p>');
	assert.deepEqual(rendered, ['a', 'a in Spanish', 'b']);
});
