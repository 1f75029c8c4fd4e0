// The content check as an editor meets it in the dev server (`npm run dev`): problems are listed in
// the terminal, with file and line, as soon as a file is saved, and the preview keeps running; a body
// outside the article format is never compiled, even for a page the preview has already shown.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freePort, keepAstroCache, PROJECT_ROOT, serverAnswers } from './support.ts';

const ARTICLE = 'articles/fixture-published-article.mdx';
const PAGE = '/articles/fixture-published-article/';
/** What the export below would write, were it ever run. */
const MARKER = join(PROJECT_ROOT, 'attack-ran-in-dev.txt');
let content: string;
let server: ChildProcess | undefined;
let origin = '';
let output = '';
let restoreAstroCache: () => void;

/** Waits until the dev server has said something matching `pattern` after `from` characters of its output. */
async function said(pattern: RegExp, from: number, timeoutMs = 30_000): Promise<string> {
	for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
		const match = pattern.exec(output.slice(from));
		if (match) return match[0];
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	assert.fail(`the dev server did not say ${pattern}; it said:\n${output.slice(from)}`);
}

before(async () => {
	restoreAstroCache = keepAstroCache();
	content = join(mkdtempSync(join(tmpdir(), 'dev-content-')), 'content');
	cpSync(join(PROJECT_ROOT, 'tests/fixtures/good/content'), content, { recursive: true });
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	server = spawn(join(PROJECT_ROOT, 'node_modules', '.bin', 'astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: PROJECT_ROOT,
		env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	server.stdout?.on('data', (chunk: Buffer) => (output += chunk));
	server.stderr?.on('data', (chunk: Buffer) => (output += chunk));
	if (!(await serverAnswers(origin, server, 60_000))) assert.fail(`astro dev did not answer at ${origin}:\n${output}`);
});

after(() => {
	server?.kill();
	rmSync(MARKER, { force: true });
	rmSync(join(content, '..'), { recursive: true, force: true });
	restoreAstroCache();
});

describe('astro dev on content with a problem', () => {
	it('starts on good content without reporting any problem', () => {
		assert.doesNotMatch(output, /content problem/);
	});

	it('lists a problem with its file and line as soon as the file is saved, and keeps serving pages', async () => {
		const from = output.length;
		const file = join(content, ARTICLE);
		const lines = readFileSync(file, 'utf8').split('\n').length;
		appendFileSync(file, '\nA claim cited to a source the article does not list.<Cite id="fixture-background-reading" />\n');
		await said(/1 content problem:/, from);
		const report = output.slice(from);
		assert.match(report, new RegExp(`^${relative(PROJECT_ROOT, file).replaceAll('.', '\\.')}$`, 'm'));
		assert.match(report, new RegExp(`^ {2}line ${lines + 1}: <Cite id="fixture-background-reading" /> names a source that is not in this entry's sources$`, 'm'));
		assert.equal((await fetch(`${origin}/`)).status, 200, 'the preview stopped serving');
	});

	it('says so once the problem is fixed', async () => {
		const from = output.length;
		const file = join(content, ARTICLE);
		writeFileSync(file, readFileSync(file, 'utf8').replace(/\nA claim cited to a source[^\n]*\n$/, ''));
		await said(/The content problems are fixed\./, from);
	});
});

describe('astro dev on a body that is code', () => {
	it('reports it and never runs it, though the page was shown before the file changed', async () => {
		const file = join(content, ARTICLE);
		const original = readFileSync(file, 'utf8');
		assert.equal((await fetch(`${origin}${PAGE}`)).status, 200, 'the article is not previewed');
		const from = output.length;
		appendFileSync(file, `\nexport const ran = (await import('node:fs')).writeFileSync(${JSON.stringify(MARKER)}, 'the body ran')\n`);
		await said(/import and export are not allowed/, from);
		const response = await fetch(`${origin}${PAGE}`);
		assert.notEqual(response.status, 200, 'the page was rendered from a refused body');
		assert.equal(existsSync(MARKER), false, 'the refused body ran');
		writeFileSync(file, original);
		await said(/The content problems are fixed\./, from);
	});
});
