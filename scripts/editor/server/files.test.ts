import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { entryPath, readEntryFile, Refusal, writeEntryFile } from './files.ts';

const folder = mkdtempSync(join(tmpdir(), 'editor-files-'));
const content = join(folder, 'content');
const outside = join(folder, 'outside');
mkdirSync(join(content, 'articles'), { recursive: true });
mkdirSync(join(content, 'sources'), { recursive: true });
mkdirSync(outside);
after(() => rmSync(folder, { recursive: true, force: true }));

describe('the editor’s files', () => {
	it('are named by collection and id, each id checked before it becomes a path', () => {
		assert.equal(entryPath(content, 'articles', 'a-title'), join(content, 'articles', 'a-title.mdx'));
		assert.equal(entryPath(content, 'articleTranslations', 'es/a-title'), join(content, 'articles', 'es', 'a-title.mdx'));
		assert.equal(entryPath(content, 'pages', 'es/about'), join(content, 'pages', 'es', 'about.mdx'));
		for (const [collection, id] of [
			['articles', '../../etc/passwd'],
			['articles', '../sources/x'],
			['articles', 'es/a-title'],
			['articles', 'A-Title'],
			['articles', 'a title'],
			['articles', '/tmp/x'],
			['articles', 'a-title.mdx'],
			['articleTranslations', 'a-title'],
			['articleTranslations', 'fr/a-title'],
			['articleTranslations', 'es/../a'],
			['sources', 'es/a'],
			['nothing', 'a'],
		] as const)
			assert.throws(() => entryPath(content, collection as never, id), Refusal, `${collection} ${id}`);
	});

	it('never follow a symbolic link, to a file or to a folder', () => {
		writeFileSync(join(outside, 'secret.mdx'), 'secret');
		symlinkSync(join(outside, 'secret.mdx'), join(content, 'articles', 'linked.mdx'));
		assert.throws(() => readEntryFile(content, join(content, 'articles', 'linked.mdx')), Refusal);
		assert.throws(() => writeEntryFile(content, join(content, 'articles', 'linked.mdx'), 'changed', false), Refusal);
		symlinkSync(outside, join(content, 'articles', 'es'));
		assert.throws(() => writeEntryFile(content, entryPath(content, 'articleTranslations', 'es/planted'), 'planted', true), Refusal);
		assert.throws(() => readEntryFile(content, join(content, 'articles', 'es', 'secret.mdx')), Refusal);
		assert.equal(readFileSync(join(outside, 'secret.mdx'), 'utf8'), 'secret');
		rmSync(join(content, 'articles', 'es'));
		rmSync(join(content, 'articles', 'linked.mdx'));
	});

	it('create a file only where there is none, and write over one only when asked to', () => {
		const path = entryPath(content, 'sources', 'a-source');
		writeEntryFile(content, path, 'title: A\n', true);
		assert.throws(() => writeEntryFile(content, path, 'title: B\n', true), Refusal);
		assert.equal(readEntryFile(content, path), 'title: A\n');
		writeEntryFile(content, path, 'title: C\n', false);
		assert.equal(readEntryFile(content, path), 'title: C\n');
		assert.equal(readEntryFile(content, entryPath(content, 'sources', 'none')), undefined);
	});

	it('make a language folder when a translation is the first in it', () => {
		const path = entryPath(content, 'articleTranslations', 'es/a-title');
		writeEntryFile(content, path, '---\ntitle: T\n---\n', true);
		assert.equal(readEntryFile(content, path), '---\ntitle: T\n---\n');
	});
});
