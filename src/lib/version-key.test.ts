import assert from 'node:assert/strict';
import { it } from 'node:test';
import { versionKey } from './version-key.ts';

it('versionKey tells apart languages, collections and ids, and gives a version the same key every time', () => {
	const keys = [
		{ collection: 'articles', id: 'a', data: { lang: 'en' } },
		{ collection: 'articles', id: 'a', data: { lang: 'es' } },
		{ collection: 'summaries', id: 'a', data: { lang: 'en' } },
		{ collection: 'articles', id: 'b', data: { lang: 'en' } },
	].map(versionKey);
	assert.equal(new Set(keys).size, 4);
	assert.equal(versionKey({ collection: 'articles', id: 'a', data: { lang: 'es' } }), keys[1]);
});
