// `npm run serve` (scripts/serve.ts), started on a small site written here: it serves pages with the
// headers of the site's _headers file, never that file itself however a request spells it, and answers
// methods other than GET and HEAD with 405.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { headersFor, parseHeaders } from '../../scripts/headers.ts';
import { headersFile } from '../../src/integrations/security-headers.ts';
import { freePort, PROJECT_ROOT, serverAnswers } from './support.ts';

const HEADERS_FILE = headersFile();
const FILES: Record<string, string> = {
	'index.html': '<!doctype html><title>Home</title><p>home page</p>',
	'about/index.html': '<!doctype html><title>About</title><p>about page</p>',
	'404.html': '<!doctype html><title>Not found</title><p>not found page</p>',
	'es/404.html': '<!doctype html><title>No encontrada</title><p>página no encontrada</p>',
	_headers: HEADERS_FILE,
};

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** One request with the path exactly as given: fetch() would normalise it first. */
function answer(port: number, method: string, path: string): Promise<Answer> {
	return new Promise((resolvePromise, reject) => {
		const outgoing = request({ host: '127.0.0.1', port, method, path }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				resolvePromise({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
			);
		});
		outgoing.on('error', reject);
		outgoing.end();
	});
}

let work = '';
const servers: ChildProcess[] = [];

/** Starts scripts/serve.ts on the small site, under a base path; its port. */
async function serve(basePath: string): Promise<number> {
	const port = await freePort();
	const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: PROJECT_ROOT,
		env: { ...process.env, BUILD_OUT_DIR: join(work, 'site'), BASE_PATH: basePath },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	servers.push(server);
	assert.ok(await serverAnswers(`http://127.0.0.1:${port}${basePath}`, server, 15_000), `scripts/serve.ts did not start under ${basePath}`);
	return port;
}

let rootPort = 0;
let basePort = 0;

before(async () => {
	work = mkdtempSync(join(tmpdir(), 'serve-test-'));
	for (const [file, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(work, 'site', file)), { recursive: true });
		writeFileSync(join(work, 'site', file), text);
	}
	[rootPort, basePort] = await Promise.all([serve('/'), serve('/campaign/')]);
});

after(() => {
	for (const server of servers) server.kill();
	rmSync(work, { recursive: true, force: true });
});

const SPELLINGS = [
	'_headers',
	'_headers/',
	'%5fheaders',
	'%5Fheaders',
	'%5f%68eaders/',
	'%255fheaders',
	'_HEADERS',
	'_Headers/',
	'_headers.',
	'./_headers',
	'about/../_headers',
	'about/%2e%2e/_headers',
	'_headers?download=1',
	'/_headers',
];

describe('scripts/serve.ts', () => {
	it('serves the pages with the headers of the site’s _headers file', async () => {
		for (const [port, path] of [
			[rootPort, '/'],
			[rootPort, '/about/'],
			[basePort, '/campaign/about/'],
		] as const) {
			const { status, headers, body } = await answer(port, 'GET', path);
			assert.equal(status, 200, path);
			assert.match(body, /page/);
			for (const [name, value] of headersFor(parseHeaders(HEADERS_FILE), path)) assert.equal(headers[name.toLowerCase()], value, `${path}: ${name}`);
		}
	});

	for (const [label, port, base] of [
		['at the root', () => rootPort, '/'],
		['under a base path', () => basePort, '/campaign/'],
	] as const)
		it(`answers every spelling of _headers ${label} with the not-found page`, async () => {
			for (const spelling of SPELLINGS) {
				const path = `${base}${spelling}`;
				const { status, body } = await answer(port(), 'GET', path);
				assert.equal(status, 404, path);
				assert.match(body, /not found page/, path);
				assert.doesNotMatch(body, /Content-Security-Policy/, `${path} gave the headers file`);
			}
		});

	it('answers a HEAD request like a GET, without a body', async () => {
		const { status, headers, body } = await answer(rootPort, 'HEAD', '/about/');
		assert.equal(status, 200);
		assert.equal(body, '');
		assert.match(String(headers['content-type']), /text\/html/);
		assert.equal((await answer(rootPort, 'HEAD', '/%5fheaders')).status, 404);
	});

	it('answers 405 with Allow: GET, HEAD to every other method', async () => {
		for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND'])
			for (const [port, path] of [
				[rootPort, '/'],
				[rootPort, '/_headers'],
				[basePort, '/campaign/about/'],
			] as const) {
				const { status, headers } = await answer(port, method, path);
				assert.equal(status, 405, `${method} ${path}`);
				assert.equal(headers.allow, 'GET, HEAD', `${method} ${path}`);
			}
	});
});
