import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';
import { formatProblems } from '../../../src/content-model/problems.ts';
import { today } from '../../../src/schemas/partial-date.ts';
import { contentProblems } from '../../content-check.ts';
import { readContentText } from '../../content-files.ts';
import { type Original, translationTemplate } from '../../translation-template.ts';
import { checkDraft, createDesk, newEntry, openEntry, saveDraft } from './desk.ts';
import { Refusal } from './files.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'editor-desk-'));
const content = join(folder, 'content');
const desk = createDesk(content, ROOT);
const ARTICLE = 'fixture-published-article';
const articleFile = () => join(content, 'articles', `${ARTICLE}.mdx`);

beforeEach(() => {
	rmSync(content, { recursive: true, force: true });
	cpSync(join(ROOT, 'tests/fixtures/good/content'), content, { recursive: true });
});
after(() => rmSync(folder, { recursive: true, force: true }));

type Figure = { id: string; wording: string; source: string };
const draftOf = (opened: ReturnType<typeof openEntry>) => ({ collection: opened.collection, id: opened.id, version: opened.version, data: opened.data, body: opened.body });

describe('the editor’s desk', () => {
	it('writes nothing anew when nothing changed', () => {
		const before = readFileSync(articleFile(), 'utf8');
		saveDraft(desk, draftOf(openEntry(desk, 'articles', ARTICLE)));
		assert.equal(readFileSync(articleFile(), 'utf8'), before);
	});

	it('changes the line of the one field changed, and the text only where the text changed', () => {
		const before = readFileSync(articleFile(), 'utf8');
		const opened = openEntry(desk, 'articles', ARTICLE);
		const figures = opened.data.figures as Figure[];
		figures[0]!.wording = 'changed words';
		saveDraft(desk, draftOf(opened));
		const lines = [before.split('\n'), readFileSync(articleFile(), 'utf8').split('\n')] as const;
		const changed = lines[0].flatMap((line, index) => (line === lines[1][index] ? [] : [`${line} → ${lines[1][index]}`]));
		assert.equal(lines[1].length, lines[0].length);
		assert.equal(changed.length, 1, changed.join('\n'));
		assert.equal(changed[0], `    wording: ${JSON.stringify((readContentText(join(ROOT, 'tests/fixtures/good/content/articles', `${ARTICLE}.mdx`)).data as { figures: Figure[] }).figures[0]!.wording)} →     wording: "changed words"`);

		const again = openEntry(desk, 'articles', ARTICLE);
		saveDraft(desk, { ...draftOf(again), body: again.body.replace('counted the dead.', 'counted the dead again.') });
		const body = readContentText(articleFile()).body;
		assert.equal(body, readContentText(join(ROOT, 'tests/fixtures/good/content/articles', `${ARTICLE}.mdx`)).body.replace('counted the dead.', 'counted the dead again.'));
	});

	it('refuses to save a text outside the article format, and says why', () => {
		const before = readFileSync(articleFile(), 'utf8');
		const opened = openEntry(desk, 'articles', ARTICLE);
		for (const body of ['<script>alert(1)</script>\n', 'Text {process.env.HOME}\n', 'import x from "y"\n\nText\n', '<Cite id="x"\n'])
			assert.throws(
				() => saveDraft(desk, { ...draftOf(opened), body }),
				(error: unknown) => error instanceof Refusal && error.status === 422 && /leaves the article format/.test(error.message),
				body,
			);
		assert.equal(readFileSync(articleFile(), 'utf8'), before);
	});

	it('refuses to save over a file that changed on disk since it was opened', () => {
		const opened = openEntry(desk, 'articles', ARTICLE);
		writeFileSync(articleFile(), `${readFileSync(articleFile(), 'utf8')}\nA line added in a text editor.\n`);
		assert.throws(() => saveDraft(desk, { ...draftOf(opened), data: { ...opened.data, title: 'Another title' } }), (error: unknown) => error instanceof Refusal && error.status === 409);
	});

	it("reports a figure whose source the entry does not list as the content check words it, before anything is saved", () => {
		const opened = openEntry(desk, 'articles', ARTICLE);
		const figures = opened.data.figures as Figure[];
		const sources = (opened.data.sources as string[]).filter((id) => id !== figures[2]!.source);
		const before = readFileSync(articleFile(), 'utf8');
		const report = checkDraft(desk, { ...draftOf(opened), data: { ...opened.data, sources } });
		assert.ok(report.problems.some((problem) => problem.field === 'figures[2].source' && problem.message === `"${figures[2]!.source}" is not among this entry's sources; add it to sources`));
		assert.equal(report.text, formatProblems(report.problems));
		assert.equal(report.file, relative(ROOT, articleFile()));
		assert.equal(readFileSync(articleFile(), 'utf8'), before);
	});

	it('lays out a new article from `npm run new`’s template, and writes it only when saved', () => {
		const id = 'a-new-piece';
		const opened = newEntry(desk, 'articles', id, 'A new piece');
		assert.equal(opened.version, undefined);
		assert.throws(() => readFileSync(join(content, 'articles', `${id}.mdx`)));
		const data = {
			...opened.data,
			description: 'One sentence.',
			authors: ['fixture-editor'],
			tags: ['fixture-repression'],
			countries: ['PE'],
			sources: ['fixture-rights-report'],
			draft: false,
		};
		const saved = saveDraft(desk, { ...draftOf(opened), data, body: 'The coordinator counted.<Cite id="fixture-rights-report" />' });
		assert.deepEqual(saved.report.problems, []);
		const text = readFileSync(join(content, 'articles', `${id}.mdx`), 'utf8');
		assert.match(text, /^---\n# The headline\.\ntitle: "A new piece"\n/);
		assert.match(text, /\n---\n\nThe coordinator counted\.<Cite id="fixture-rights-report" \/>\n$/);
		assert.match(text, /\nsources:\n {2}- fixture-rights-report\n/);
		assert.deepEqual(formatProblems(contentProblems(content, ROOT)), formatProblems([]));
		assert.throws(() => saveDraft(desk, { ...draftOf(opened), data }), (error: unknown) => error instanceof Refusal && error.status === 409);
	});

	it('lays out a translation exactly as `npm run translate` does', () => {
		rmSync(join(content, 'articles', 'es', `${ARTICLE}.mdx`));
		const opened = newEntry(desk, 'articleTranslations', `es/${ARTICLE}`, '');
		saveDraft(desk, draftOf(opened));
		const original = readContentText(articleFile());
		const expected = translationTemplate({ file: relative(ROOT, articleFile()), data: original.data as Original['data'], body: original.body }, 'es', today());
		assert.equal(readFileSync(join(content, 'articles', 'es', `${ARTICLE}.mdx`), 'utf8'), expected);
		assert.deepEqual(openEntry(desk, 'articleTranslations', `es/${ARTICLE}`).original, original.data);
	});

	it('writes a new source in the documented layout', () => {
		const opened = newEntry(desk, 'sources', 'a-new-source', 'A new source');
		saveDraft(desk, { ...draftOf(opened), data: { ...opened.data, publisher: 'A publisher', published: '2023-05' } });
		assert.equal(
			readFileSync(join(content, 'sources', 'a-new-source.yaml'), 'utf8'),
			'title: "A new source"\ndescriptiveTitle: false\npublisher: A publisher\nkind: press\npublished: "2023-05"\npartyToEvents: false\n',
		);
	});
});
