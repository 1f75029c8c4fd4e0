// The nginx configuration in README.md ("Security headers"), run for real against the built site in
// dist/: the README's snippet is the one tested, so it cannot drift from what the site needs. It must
// send the headers of the built _headers on pages and on 404s, and the not-found page of each language.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { headersFor, parseHeaders } from '../../scripts/headers.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../src/i18n/languages.ts';
import { builtSiteDir, freePort, PROJECT_ROOT, serverAnswers } from './support.ts';

const outDir = builtSiteDir();
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const README_ROOT = 'root /var/www/campaign/dist;';

// nginx started as root runs its workers as another user, who cannot read a checkout in a folder only
// its owner can enter (a home folder, `mktemp -d`): run them as the user running the test instead.
const workerUser = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : '';

/** The README's nginx block, with the site's root and a local port put in. */
function readmeConfig(port: number): string {
	const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
	const snippet = /```nginx\n([\s\S]*?)\n```/.exec(readme)?.[1];
	assert.ok(snippet, 'README.md has no ```nginx block');
	assert.ok(snippet.includes(README_ROOT), `the README's nginx block no longer says "${README_ROOT}"`);
	return snippet.replace(README_ROOT, `root ${outDir};`).replace(/server \{\n/, `server {\n    listen 127.0.0.1:${port};\n`);
}

let nginx: ChildProcess | undefined;
let work = '';
let origin = '';

before(async () => {
	assert.ok(existsSync(join(outDir, 'index.html')), `no built site in ${outDir}: run \`node scripts/build.ts\` first`);
	assert.ok(existsSync(NGINX), `nginx not found at ${NGINX}: install it with \`apt-get install nginx-light\`, or set NGINX_PATH`);
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	work = mkdtempSync(join(tmpdir(), 'nginx-test-'));
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${work}/${name};`).join('\n    ');
	writeFileSync(
		join(work, 'nginx.conf'),
		`${workerUser}daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log;
events {}
http {
    include /etc/nginx/mime.types;
    access_log off;
    ${temp}
${readmeConfig(port)}
}
`,
	);
	nginx = spawn(NGINX, ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: 'inherit' });
	if (await serverAnswers(origin, nginx, 15_000)) return;
	assert.fail(`nginx did not start:\n${existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : ''}`);
});

after(() => {
	nginx?.kill();
	if (work) rmSync(work, { recursive: true, force: true });
});

const rules = () => parseHeaders(readFileSync(join(outDir, '_headers'), 'utf8'));

/** Every header the built _headers gives the path is sent, with the same value. */
function assertHeaders(response: Response, path: string): void {
	const expected = headersFor(rules(), path);
	assert.ok(expected.size > 0, `_headers gives ${path} no headers`);
	for (const [name, value] of expected) assert.equal(response.headers.get(name), value, `${path}: ${name}`);
}

describe('the README’s nginx configuration', () => {
	it('serves pages with every header of _headers', async () => {
		for (const path of ['/', '/es/', '/archive/', '/pagefind/en/pagefind.js']) {
			const response = await fetch(`${origin}${path}`);
			assert.equal(response.status, 200, path);
			assertHeaders(response, path);
		}
	});

	for (const lang of LANGUAGES) {
		const prefix = lang === DEFAULT_LANGUAGE ? '/' : `/${lang}/`;
		it(`answers an unknown address under ${prefix} with the ${lang} 404 page, status 404 and the same headers`, async () => {
			const path = `${prefix}no-such-page/`;
			const response = await fetch(`${origin}${path}`);
			assert.equal(response.status, 404);
			assertHeaders(response, path);
			assert.equal(
				parse(await response.text())
					.querySelector('html')
					?.getAttribute('lang'),
				lang,
			);
		});
	}

	it('does not serve the _headers file itself, however the address spells it', async () => {
		for (const path of ['/_headers', '/_headers/', '/%5fheaders', '/%5Fheaders', '/_HEADERS'])
			assert.equal((await fetch(`${origin}${path}`)).status, 404, path);
	});
});
