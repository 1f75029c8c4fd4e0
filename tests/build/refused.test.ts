// Content is data, not code: each attack an editor's file could carry (tests/fixtures/refused/, and
// files made here that git should not hold: a symbolic link out of content/ and text that is not
// UTF-8) is refused with its file and line, by `npm run build` and `npm run check` alike; no refused
// body runs, and nothing is published.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { keepAstroCache, PROJECT_ROOT, type RunResult, runScript } from './support.ts';

const TIMEOUT = 180_000;
/** What tests/fixtures/refused/content/articles/export-code.mdx would write, were it ever run. */
const MARKER = join(PROJECT_ROOT, 'attack-ran.txt');

/** Each refused file, the field or line named, and what the report says. */
const REFUSED: [file: string, field: string, message: RegExp][] = [
	['articles/export-code.mdx', 'line 13', /import and export are not allowed/],
	['articles/environment.mdx', 'line 11', /\{…\} is not allowed in an article: it would run as code/],
	['articles/meta-refresh.mdx', 'line 13', /<meta> is not allowed/],
	['articles/script.mdx', 'line 13', /<script> is not allowed/],
	['articles/iframe.mdx', 'line 11', /<iframe> is not allowed/],
	['articles/style.mdx', 'line 11', /<style> is not allowed/],
	['articles/onerror.mdx', 'line 11', /the attribute onerror is not allowed/],
	['articles/javascript-link.mdx', 'line 11', /the link "javascript:alert\(document\.cookie\)" is not allowed/],
	['articles/call-to-action-javascript.mdx', 'line 11', /<CallToAction href="javascript:alert\(1\)">: a link must be/],
	['articles/svg-animate.mdx', 'line 11', /<svg> is not allowed/],
	['articles/vertical-tab.mdx', 'line 2', /invisible control character \(U\+000B\)/],
	['articles/bidi-override.mdx', 'title', /invisible control character \(U\+202E\)/],
	['articles/linked.mdx', '(file)', /is a symbolic link/],
	['articles/latin-1.mdx', '(file)', /is not UTF-8 text/],
	['topics/latin-1.yaml', '(file)', /is not UTF-8 text/],
];

let work: string;
let content: string;
let restoreAstroCache: () => void;

before(() => {
	restoreAstroCache = keepAstroCache();
	rmSync(MARKER, { force: true });
	work = mkdtempSync(join(tmpdir(), 'refused-content-'));
	content = join(work, 'content');
	cpSync(join(PROJECT_ROOT, 'tests/fixtures/good/content'), content, { recursive: true });
	cpSync(join(PROJECT_ROOT, 'tests/fixtures/refused/content'), content, { recursive: true });
	// A link to a good article outside content/: the loader would follow it, the check would not see it.
	symlinkSync(join(PROJECT_ROOT, 'tests/fixtures/bad/content/articles/good-article.mdx'), join(content, 'articles/linked.mdx'));
	// Spanish saved as Latin-1, as an old word processor would: "Represión", "España".
	writeFileSync(
		join(content, 'topics/latin-1.yaml'),
		Buffer.from('name: Represi\xf3n\ndescription: Latin-1.\ntranslations:\n  es: { name: x, description: y }\n', 'latin1'),
	);
	writeFileSync(join(content, 'articles/latin-1.mdx'), Buffer.from('---\ntitle: "Espa\xf1a"\n---\n\nText.\n', 'latin1'));
});

after(() => {
	rmSync(work, { recursive: true, force: true });
	rmSync(MARKER, { force: true });
	restoreAstroCache();
});

/** Asserts that the output names every refused file with its field or line and message. */
function assertRefusesEach(output: string): void {
	const prefix = relative(PROJECT_ROOT, content);
	for (const [file, field, message] of REFUSED) {
		const block = output.split(/\n(?=\S)/).find((part) => part.startsWith(`${prefix}/${file}\n`));
		assert.ok(block, `the report does not name ${file}:\n${output}`);
		const line = block.split('\n').find((text) => text.startsWith(`  ${field}: `));
		assert.ok(line && message.test(line), `${file}: the report does not say ${field}: ${message}:\n${block}`);
	}
}

describe('content that is code, or that hides text', () => {
	let build: RunResult;
	let outDir: string;

	before(
		async () => {
			outDir = join(work, 'dist');
			build = await runScript('scripts/build.ts', { CONTENT_DIR: content, BUILD_OUT_DIR: outDir });
		},
		{ timeout: TIMEOUT },
	);

	it('fails the build, naming every refused file with its line or field', () => {
		assert.notEqual(build.status, 0, build.output);
		assertRefusesEach(build.output);
	});

	it('publishes nothing', () => {
		assert.equal(existsSync(outDir), false, `${outDir} was written`);
		assert.equal(existsSync(`${outDir}.staging`), false, 'a staging folder was left');
	});

	it('never runs a refused body', () => {
		assert.equal(existsSync(MARKER), false, 'the export in export-code.mdx ran');
	});

	it('is refused the same way by `npm run check` (astro check)', { timeout: TIMEOUT }, async () => {
		const check = await runScript('node_modules/astro/bin/astro.mjs', { CONTENT_DIR: content }, ['check']);
		assert.equal(check.status, 1, check.output);
		assertRefusesEach(check.output);
		assert.equal(existsSync(MARKER), false, 'the export in export-code.mdx ran');
	});
});
