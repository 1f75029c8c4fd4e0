// The editors' desk (`npm run edit`, scripts/editor/) driven by Chromium over a copy of the good
// fixture's content: a new article with a new source, two figures and a citation; one figure's
// wording changed in an existing article; that article's Spanish translation; a figure whose source
// the entry does not list. Then the copy is built once, and the pages show what was written. Every
// request the editor's page makes must go to the editor's own address.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, get } from 'node:http';
import { delimiter, join, relative } from 'node:path';
import { expect, test as base } from '@playwright/test';
import { FIGURE_PROSE_KEYS } from '../../scripts/editor/forms.ts';
import { articleTemplate } from '../../scripts/article-template.ts';
import { contentProblems } from '../../scripts/content-check.ts';
import { contentFilePaths, readContentText } from '../../scripts/content-files.ts';
import { formatProblems } from '../../src/content-model/problems.ts';
import { freePort, keepAstroCache, PROJECT_ROOT, readPage, runScript, serverAnswers, textOf } from '../build/support.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/good/content');
/** The existing article whose figure is edited and which is translated. */
const EXISTING = 'fixture-published-article';
const NEW_TITLE = 'Editor test: two counts from one report';
const NEW_ID = 'editor-test-two-counts-from-one-report';
const NEW_SOURCE = { title: 'Editor test report on the protests', id: 'editor-test-report-on-the-protests' };

let folder: string;
let content: string;
let origin: string;
let server: ChildProcess | undefined;
let serverOutput = '';
let restoreAstroCache: (() => void) | undefined;

const contentFile = (path: string) => join(content, path);
const asCheckNames = (path: string) => relative(PROJECT_ROOT, contentFile(path));

/** Fails a test during which the editor's page asked another host for anything, logged an error, or set a cookie. */
const test = base.extend<{ checks: void }>({
	checks: [
		async ({ context }, use) => {
			const offOrigin: string[] = [];
			const errors: string[] = [];
			context.on('request', (request) => {
				const url = new URL(request.url());
				if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) offOrigin.push(request.url());
			});
			context.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			context.on('weberror', (error) => errors.push(error.error().message));
			await use();
			const cookies = (await context.cookies()).map((cookie) => cookie.name);
			expect({ offOrigin, errors, cookies }, `the editor's page asked a host other than ${origin} for something, logged an error or set a cookie`).toEqual({
				offOrigin: [],
				errors: [],
				cookies: [],
			});
		},
		{ auto: true },
	],
});

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(120_000);
	restoreAstroCache = keepAstroCache();
	folder = mkdtempSync(join(tmpdir(), 'editor-test-'));
	content = join(folder, 'content');
	cpSync(FIXTURE, content, { recursive: true });
	// The translation is the editor's to write.
	rmSync(contentFile(`articles/es/${EXISTING}.mdx`));
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	server = spawn(process.execPath, ['scripts/edit.ts', '--port', String(port)], {
		cwd: PROJECT_ROOT,
		env: {
			...process.env,
			PATH: [join(PROJECT_ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
			CONTENT_DIR: content,
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	server.stdout?.on('data', (chunk: Buffer) => (serverOutput += chunk));
	server.stderr?.on('data', (chunk: Buffer) => (serverOutput += chunk));
	if (!(await serverAnswers(`${origin}/_editor/`, server, 90_000))) throw new Error(`npm run edit did not answer at ${origin}/_editor/:\n${serverOutput}`);
});

test.afterAll(() => {
	if (server && server.exitCode === null) server.kill();
	restoreAstroCache?.();
	rmSync(folder, { recursive: true, force: true });
});

/** Lines that differ between two texts of the same number of lines. */
function changedLines(before: string, after: string): { line: number; before: string; after: string }[] {
	const [a, b] = [before.split('\n'), after.split('\n')];
	expect(b.length, 'the number of lines').toBe(a.length);
	return a.flatMap((text, index) => (text === b[index] ? [] : [{ line: index + 1, before: text, after: b[index] ?? '' }]));
}

test.describe('the editors’ desk', () => {
	test('writes nothing for a page of another site open in the same browser', async ({ browser }) => {
		// A page on another local port: the origin a cross-site attack on a local tool is most likely to use.
		const attackPort = await freePort();
		const planted = contentFile('sources/planted-by-another-site.yaml');
		const request = JSON.stringify({ action: 'save', collection: 'sources', id: 'planted-by-another-site', data: { title: 'Planted' }, body: '' });
		const attack = createServer((_, response) => {
			response.writeHead(200, { 'content-type': 'text/html' });
			response.end(`<!doctype html><title>Another site</title><form method="post" enctype="text/plain" action="${origin}/_editor/api" target="sink"><input name='${request.slice(0, -1)}, "x": "' value='"}'></form><iframe name="sink"></iframe>
<script>
const api = ${JSON.stringify(`${origin}/_editor/api`)};
const body = ${JSON.stringify(request)};
Promise.allSettled([
	fetch(api, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body }),
	fetch(api, { method: 'POST', headers: { 'content-type': 'application/json', 'x-editor-token': 'a guess' }, body }),
]).then(() => { document.forms[0].submit(); setTimeout(() => (document.title = 'done'), 500); });
</script>`);
		});
		await new Promise<void>((resolve) => attack.listen(attackPort, '127.0.0.1', resolve));
		const context = await browser.newContext();
		try {
			const other = await context.newPage();
			await other.goto(`http://localhost:${attackPort}/`);
			await expect(other).toHaveTitle('done', { timeout: 10_000 });
		} finally {
			await context.close();
			attack.close();
		}
		expect(existsSync(planted), 'the other site wrote a file').toBe(false);
		const direct = await fetch(`${origin}/_editor/api`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: `http://localhost:${attackPort}` },
			body: request,
		});
		expect(direct.status, 'a request whose Origin is another site').toBe(403);
		// fetch() sets Host itself; a site whose name was pointed at 127.0.0.1 (DNS rebinding) sends its own.
		const rebound = await new Promise<number | undefined>((resolve, reject) =>
			get(`${origin}/_editor/`, { headers: { host: `rebound.example:${new URL(origin).port}` } }, (response) => {
				response.resume();
				resolve(response.statusCode);
			}).on('error', reject),
		);
		expect(rebound, 'the page under another host name').toBe(403);
	});

	test('opens every file of every collection, and changes nothing in a file opened and left alone', async ({ page }) => {
		const files = contentFilePaths(content, PROJECT_ROOT);
		expect(files.length).toBeGreaterThan(0);
		for (const file of files) {
			const before = readFileSync(file.absolutePath, 'utf8');
			await page.goto(`${origin}/_editor/#${file.collection}/${file.id}`);
			await expect(page.locator('.file')).toHaveText(relative(PROJECT_ROOT, file.absolutePath));
			await expect(page.locator('#check h2')).toHaveText('Content check');
			await expect(page.getByRole('button', { name: 'Save' }), `${file.file} opened with no change to save`).toBeDisabled();
			expect(readFileSync(file.absolutePath, 'utf8')).toBe(before);
		}
	});

	test('creates an article with a new source, two figures and a citation', async ({ page }) => {
		await page.goto(`${origin}/_editor/`);
		await page.getByRole('button', { name: 'New article' }).click();
		const naming = page.getByRole('dialog', { name: 'New article' });
		await naming.getByLabel('Title').fill(NEW_TITLE);
		await expect(naming.getByLabel('File name')).toHaveValue(NEW_ID);
		await naming.getByRole('button', { name: 'Continue' }).click();

		await page.getByLabel('Standfirst').fill('Two counts taken from one fixture report, entered through the editor.');
		await page.getByLabel('Authors: add an author').selectOption({ label: 'Fixture editor' });
		await page.getByLabel('Topics: add a topic').selectOption({ label: 'Fixture repression' });
		await page.getByLabel('Countries: add a country').selectOption({ label: 'Peru (PE)' });

		// A source that does not exist yet, created without leaving the article.
		await page.getByRole('button', { name: 'New source…' }).click();
		const sourceName = page.getByRole('dialog', { name: 'New source' });
		await sourceName.getByLabel('Title').fill(NEW_SOURCE.title);
		await expect(sourceName.getByLabel('File name')).toHaveValue(NEW_SOURCE.id);
		await sourceName.getByRole('button', { name: 'Continue' }).click();
		const sourceForm = page.getByRole('dialog', { name: 'New source' });
		await sourceForm.getByLabel('Publisher').fill('Editor Test Coordinator');
		await sourceForm.getByLabel('Kind').selectOption('human-rights-organisation');
		await sourceForm.getByLabel('Published', { exact: true }).fill('2023-02-10');
		await sourceForm.getByRole('button', { name: 'Create the source' }).click();
		await expect(sourceForm).toHaveCount(0);
		await expect(page.locator('[data-field="sources"] li .picked')).toHaveText([`${NEW_SOURCE.title} (2023-02-10)`]);

		await page.getByRole('button', { name: 'Add figure' }).click();
		const first = page.getByRole('group', { name: 'Figure 1' });
		await first.getByLabel('Category').selectOption('killed');
		await first.getByLabel('Qualifier').selectOption('at-least');
		await first.getByLabel('Number').fill('12');
		await first.getByLabel("The source's words").fill('at least 12 people were killed');
		await first.getByLabel('Who was counted').fill('protesters');
		await first.getByLabel('From').fill('2023-01');
		await first.getByLabel('To').fill('2023-01');
		await first.getByLabel('Reported').fill('2023-02-10');
		await first.getByLabel('Region').fill('Puno');

		await page.getByRole('button', { name: 'Add figure' }).click();
		const second = page.getByRole('group', { name: 'Figure 2' });
		await second.getByLabel('Category').selectOption('injured');
		await second.getByLabel('Qualifier').selectOption('range');
		await expect(second.getByLabel('Number'), 'a range has no single number').toHaveCount(0);
		await second.getByLabel('Lowest').fill('30');
		await second.getByLabel('Highest').fill('40');
		await second.getByLabel("The source's words").fill('between 30 and 40 wounded, among them five children');
		await second.getByLabel('From').fill('2023-01');
		await second.getByLabel('To').fill('2023-02');
		await second.getByLabel('Reported').fill('2023-02-10');
		await second.getByRole('button', { name: 'Add part' }).click();
		const part = second.getByRole('group', { name: 'Part 1' });
		await part.getByLabel('Who this part counts').fill('children');
		await part.getByLabel('Qualifier').selectOption('exact');
		await part.getByLabel('Number').fill('5');
		await expect(second.getByLabel('Who counted')).toHaveValue(NEW_SOURCE.id);

		await page.getByLabel('Draft').uncheck();
		const text = page.getByRole('textbox', { name: 'Text', exact: true });
		await text.fill('The coordinator counted the dead and the wounded in January.');
		await page.getByRole('button', { name: 'Cite a source' }).click();
		const cite = page.getByRole('dialog', { name: 'Cite a source' });
		await cite.getByLabel('Source').selectOption(NEW_SOURCE.id);
		await cite.getByRole('button', { name: 'Insert' }).click();
		await expect(text).toHaveValue(`The coordinator counted the dead and the wounded in January.<Cite id="${NEW_SOURCE.id}" />`);

		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByRole('status')).toContainText(`Saved ${asCheckNames(`articles/${NEW_ID}.mdx`)}.`);
		await expect(page.locator('#check')).toContainText(`No problems in ${asCheckNames(`articles/${NEW_ID}.mdx`)}.`);

		const file = contentFile(`articles/${NEW_ID}.mdx`);
		expect(existsSync(file), `${file} was written`).toBe(true);
		expect(formatProblems(contentProblems(content, PROJECT_ROOT)), 'the content check on the whole copy').toBe(formatProblems([]));
		// Laid out as `npm run new` lays out an article: its fields in the template's order, its comments kept.
		const templateKeys = [...articleTemplate('x', '2024-01-01').matchAll(/^#? ?([a-zA-Z]+):/gm)].map((match) => match[1]);
		const written = readFileSync(file, 'utf8');
		const writtenKeys = [...written.split('\n---\n')[0]!.matchAll(/^([a-zA-Z]+):/gm)].map((match) => match[1]);
		expect(writtenKeys).toEqual(templateKeys.filter((key) => writtenKeys.includes(key)));
		expect(written).toContain('# Ids of files in content/authors/ (the file name without .yaml).');
		const { data } = readContentText(file) as { data: { figures: { breakdown?: unknown[]; min?: number; source: string }[] } };
		expect(data.figures).toHaveLength(2);
		expect(data.figures[1]).toMatchObject({ qualifier: 'range', min: 30, max: 40, breakdown: [{ label: 'children', qualifier: 'exact', value: 5 }] });
		expect(existsSync(contentFile(`sources/${NEW_SOURCE.id}.yaml`)), 'the new source was written').toBe(true);
	});

	test("changes only the line of the one figure's wording that was edited", async ({ page }) => {
		const path = contentFile(`articles/${EXISTING}.mdx`);
		const before = readFileSync(path, 'utf8');
		const { data } = readContentText(path) as { data: { figures: { wording: string }[] } };
		const figure = data.figures[1];
		if (!figure) throw new Error(`${EXISTING} has no second figure`);
		const wording = `${figure.wording}, as the editor now words it`;

		await page.goto(`${origin}/_editor/#articles/${EXISTING}`);
		await page.getByRole('group', { name: 'Figure 2' }).getByLabel("The source's words").fill(wording);
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByRole('status')).toContainText(`Saved ${asCheckNames(`articles/${EXISTING}.mdx`)}.`);

		const changed = changedLines(before, readFileSync(path, 'utf8'));
		expect(changed).toHaveLength(1);
		expect(changed[0]?.before).toContain(`wording: ${JSON.stringify(figure.wording)}`);
		expect(changed[0]?.after).toBe(changed[0]?.before.replace(JSON.stringify(figure.wording), JSON.stringify(wording)));
	});

	test('writes the Spanish translation of that article, laid out as npm run translate does', async ({ page }) => {
		const original = readContentText(contentFile(`articles/${EXISTING}.mdx`)) as {
			data: { figures: Record<string, unknown>[] };
		};
		await page.goto(`${origin}/_editor/#articles/${EXISTING}`);
		await page.getByRole('button', { name: 'Translate into Spanish' }).click();
		await expect(page.getByRole('heading', { name: 'New translation' })).toBeVisible();
		await page.getByLabel('Title', { exact: true }).fill('Artículo de prueba: contar con el editor');
		await page.getByLabel('Standfirst').fill('Un artículo de prueba traducido desde el editor.');
		await page.getByLabel('Draft').uncheck();
		await page.getByLabel('Description').fill('Un disco pálido sobre un campo rojo.');
		for (const figure of original.data.figures) {
			const group = page.getByRole('group', { name: String(figure.id), exact: true });
			const place = (figure.place ?? {}) as Record<string, unknown>;
			for (const key of FIGURE_PROSE_KEYS.filter((proseKey) => proseKey !== 'breakdown' && (proseKey === 'region' ? place.region : figure[proseKey]) !== undefined))
				await group.locator(`[data-path="figures.${String(figure.id)}.${key}"]`).fill(`(es) ${key}`);
			for (const [index] of ((figure.breakdown ?? []) as unknown[]).entries())
				await group.locator(`[data-path="figures.${String(figure.id)}.breakdown[${index}]"]`).fill(`parte ${index + 1}`);
		}
		await page.getByRole('textbox', { name: 'Text', exact: true }).fill(`Los recuentos del artículo original.<Cite id="fixture-rights-report" />\n`);
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByRole('status')).toContainText(`Saved ${asCheckNames(`articles/es/${EXISTING}.mdx`)}.`);
		await expect(page.locator('#check')).toContainText('No problems in');
		expect(formatProblems(contentProblems(content, PROJECT_ROOT)), 'the content check on the whole copy').toBe(formatProblems([]));
		expect(readFileSync(contentFile(`articles/es/${EXISTING}.mdx`), 'utf8')).toContain(`# Spanish translation of ${asCheckNames(`articles/${EXISTING}.mdx`)}.`);
	});

	test("shows the content check's message for a figure whose source the entry does not list", async ({ page }) => {
		const path = contentFile(`articles/${EXISTING}.mdx`);
		const onDisk = readFileSync(path, 'utf8');
		const { data } = readContentText(path) as { data: { sources: string[]; figures: { source: string }[] } };
		const index = data.figures.findIndex((figure) => data.figures.filter((other) => other.source === figure.source).length === 1);
		const unlisted = data.figures[index]?.source ?? '';
		const sourceTitle = (readContentText(contentFile(`sources/${unlisted}.yaml`)).data as { title: string }).title;

		await page.goto(`${origin}/_editor/#articles/${EXISTING}`);
		await page.getByRole('button', { name: `Remove ${sourceTitle}`, exact: false }).click();

		// What `npm run check` says of the same text, worked out here from a copy with that one line gone.
		const draftCopy = join(folder, 'draft-check');
		cpSync(content, join(draftCopy, 'content'), { recursive: true });
		writeFileSync(join(draftCopy, 'content', 'articles', `${EXISTING}.mdx`), onDisk.replace(`\n  - ${unlisted}\n`, '\n'));
		const expected = contentProblems(join(draftCopy, 'content'), PROJECT_ROOT).filter((problem) => problem.file.endsWith(`articles/${EXISTING}.mdx`));
		const field = `figures[${index}].source`;
		expect(expected.map((problem) => problem.field)).toContain(field);

		const reported = expected.map((problem) => ({ ...problem, file: asCheckNames(`articles/${EXISTING}.mdx`) }));
		await expect(page.locator('#check pre')).toHaveText(formatProblems(reported));
		const message = expected.find((problem) => problem.field === field)?.message ?? '';
		await expect(page.locator(`[data-field="${field}"] .problem`)).toHaveText(`${field}: ${message}`);
		expect(readFileSync(path, 'utf8'), 'nothing is written until the editor saves').toBe(onDisk);
	});
});

test.describe('the site built from what the editor wrote', () => {
	let out: string;

	test.beforeAll(async () => {
		test.setTimeout(240_000);
		if (server && server.exitCode === null) server.kill();
		out = join(folder, 'out');
		const build = await runScript('scripts/build.ts', { CONTENT_DIR: content, BUILD_OUT_DIR: out });
		if (build.status !== 0) throw new Error(`the build of the edited content failed:\n${build.output}`);
	});

	test("the new article's page shows its two figures and cites the new source", () => {
		const page = readPage(join(out, 'articles', NEW_ID, 'index.html'));
		const { data } = readContentText(contentFile(`articles/${NEW_ID}.mdx`)) as { data: { figures: { id: string; wording: string }[] } };
		const figures = page.querySelectorAll('.figures-cited li.figure');
		expect(figures.map((figure) => figure.getAttribute('data-figure-id'))).toEqual(data.figures.map((figure) => figure.id));
		expect(figures.map((figure) => textOf(figure.querySelector('.figure-wording')))).toEqual(data.figures.map((figure) => expect.stringContaining(figure.wording)));
		expect(page.querySelectorAll('.reference-list li').map((item) => textOf(item))).toEqual([expect.stringContaining(NEW_SOURCE.title)]);
	});

	test('the Spanish page links to the English one and shows the same figures', () => {
		const english = readPage(join(out, 'articles', EXISTING, 'index.html'));
		const spanish = readPage(join(out, 'es', 'articles', EXISTING, 'index.html'));
		const { data } = readContentText(contentFile(`articles/${EXISTING}.mdx`)) as { data: { figures: { id: string; wording: string }[] } };
		for (const page of [english, spanish]) {
			const figures = page.querySelectorAll('.figures-cited li.figure');
			expect(figures.map((figure) => figure.getAttribute('data-figure-id'))).toEqual(data.figures.map((figure) => figure.id));
			expect(figures.map((figure) => textOf(figure.querySelector('.quoted-wording')))).toEqual(data.figures.map((figure) => `“${figure.wording}”`));
		}
		const link = spanish.querySelector('.translation-note a[hreflang="en"]');
		expect(link?.getAttribute('href')).toBe(`/articles/${EXISTING}/`);
	});
});
