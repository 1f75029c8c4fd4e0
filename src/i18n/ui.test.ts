import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pagedTitle, t } from './ui.ts';

test('a list is called by its name on page 1 and by its name and page after it, in the page’s language', () => {
	assert.equal(pagedTitle('en', 'Repression', { currentPage: 1, lastPage: 3 }), 'Repression');
	assert.equal(
		pagedTitle('en', 'Repression', { currentPage: 2, lastPage: 3 }),
		`Repression: ${t('en', 'archive.page', { page: 2, pages: 3 })}`,
	);
	assert.match(pagedTitle('en', 'Repression', { currentPage: 2, lastPage: 3 }), /2.*3/);
	assert.notEqual(
		pagedTitle('es', 'Represión', { currentPage: 2, lastPage: 3 }),
		pagedTitle('en', 'Represión', { currentPage: 2, lastPage: 3 }),
	);
});
