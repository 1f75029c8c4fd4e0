// Checks the built site in dist/ (run `node scripts/build.ts` first) against the real content folder.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { contentDir } from '../../src/content-model/collections.ts';
import { ENTRY_COLLECTIONS } from '../../src/content-model/collections.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { EDITOR_PATH } from '../../scripts/editor/integration.ts';
import {
	type SiteContent,
	builtSiteDir,
	checkEntryPage,
	CONTENT_STORE,
	entryPagePath,
	languagePrefix,
	listFiles,
	loadSiteContent,
	PROJECT_ROOT,
	readPage,
} from './support.ts';

const outDir = builtSiteDir();
const content: SiteContent = loadSiteContent(contentDir());
const published = content.entries.filter((entry) => !entry.data.draft);
const drafts = content.entries.filter((entry) => entry.data.draft);

before(() => {
	assert.ok(existsSync(join(outDir, 'index.html')), `no built site in ${outDir}: run \`node scripts/build.ts\` first`);
});

describe('the content', () => {
	it('has published articles and summaries to check', () => {
		assert.ok(
			published.some((entry) => entry.collection === 'articles'),
			'no published article',
		);
		assert.ok(
			published.some((entry) => entry.collection === 'summaries'),
			'no published summary',
		);
	});

	it('has published entries in every language of the site', () => {
		for (const lang of LANGUAGES) assert.ok(published.some((entry) => entry.data.lang === lang), `no published entry in ${lang}`);
	});
});

describe('entry pages', () => {
	for (const entry of published)
		it(`${entry.file} has its page at ${entry.collection}/${entry.id}/`, () => {
			assert.ok(existsSync(entryPagePath(outDir, entry)), `missing ${entryPagePath(outDir, entry)}`);
		});

	for (const lang of LANGUAGES)
		for (const collection of ENTRY_COLLECTIONS)
			it(`${languagePrefix(lang)}${collection}/ holds a page for each entry published in ${lang} and nothing else`, () => {
				const folder = join(outDir, languagePrefix(lang), collection);
				const built = existsSync(folder) ? readdirSync(folder).sort() : [];
				const expected = published
					.filter((entry) => entry.collection === collection && entry.data.lang === lang)
					.map((entry) => entry.id)
					.sort();
				assert.deepEqual(built, expected);
			});

	for (const entry of drafts)
		it(`the draft ${entry.file} has no page`, () => {
			assert.equal(existsSync(entryPagePath(outDir, entry)), false);
		});
});

describe('each entry page shows its frontmatter', () => {
	for (const entry of published)
		it(`${entry.file}: figures, references, citations, language, date and kind`, () => {
			checkEntryPage(readPage(entryPagePath(outDir, entry)), entry, content.sources);
		});
});

describe("Astro's content store", () => {
	// The build bundles the whole store into one module that it holds until it ends; bodies were most of it.
	it('keeps no entry body, only its data (src/lib/word-count-store.ts)', () => {
		const file = join(PROJECT_ROOT, CONTENT_STORE);
		const strings = (JSON.parse(readFileSync(file, 'utf8')) as unknown[]).filter((value) => typeof value === 'string');
		for (const entry of content.entries) {
			assert.ok(strings.includes(entry.data.title), `${file} does not describe this content: no entry titled "${entry.data.title}"`);
			const paragraph = entry.body.split('\n').reduce((longest, line) => (line.length > longest.length ? line : longest), '');
			assert.ok(paragraph.length > 80, `${entry.file}: no line of its body to look for`);
			assert.ok(!strings.some((value) => value.includes(paragraph)), `${entry.file}: its body is in ${file}`);
		}
	});
});

describe('summaries are told apart from articles', () => {
	it('every summary page has the summary note and the summary label; no article page has either', () => {
		for (const entry of published) {
			const page = readPage(entryPagePath(outDir, entry));
			const isSummary = entry.collection === 'summaries';
			// In the entry itself: the related entries after it may be summaries.
			assert.equal(page.querySelector('article.entry .summary-note') !== null, isSummary, `${entry.file}: .summary-note`);
			assert.equal(page.querySelector('article.entry .kind-label.kind-summary') !== null, isSummary, `${entry.file}: .kind-summary`);
		}
	});
});

describe('the editors’ desk', () => {
	it('is not in the build: no page, script or address of it', () => {
		assert.equal(existsSync(join(outDir, EDITOR_PATH)), false);
		const mentions = listFiles(outDir).filter((file) => /\.(html|js|css|json|xml)$/.test(file) && /_editor\/|editor-token|scripts\/editor\//.test(readFileSync(join(outDir, file), 'utf8')));
		assert.deepEqual(mentions, []);
	});
});
