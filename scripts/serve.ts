// Serves a build the way a static host configured with its _headers file would: `npm run serve`, and
// the browser tests' web server. Files come from BUILD_OUT_DIR (default dist/) under BASE_PATH (default
// /); every response carries the headers the built _headers file gives its path; an unknown path gets
// the 404 page of its language (/es/… gets es/404.html, anything else 404.html) with status 404. The
// _headers file itself is never served, and methods other than GET and HEAD get 405.
//   node scripts/serve.ts [--port 4321] [--host localhost]
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { headersFor, parseHeaders } from './headers.ts';
import { TRANSLATION_LANGUAGES } from '../src/i18n/languages.ts';

const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' } } });
const port = Number(values.port ?? process.env.PORT ?? 4321);
const host = values.host ?? process.env.HOST ?? 'localhost';
const root = resolve(process.env.BUILD_OUT_DIR ?? 'dist');
const trimmedBase = (process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '');
const base = trimmedBase === '' ? '/' : `/${trimmedBase}/`;

if (!existsSync(join(root, 'index.html'))) {
	console.error(`${root} holds no built site: run \`npm run build\` first.`);
	process.exit(1);
}
const rules = existsSync(join(root, '_headers')) ? parseHeaders(readFileSync(join(root, '_headers'), 'utf8')) : [];
const readNotFound = (folder: string) =>
	existsSync(join(root, folder, '404.html')) ? readFileSync(join(root, folder, '404.html')) : undefined;
const defaultNotFound = readNotFound('') ?? Buffer.from('Not found\n');
const notFoundPages = new Map(TRANSLATION_LANGUAGES.map((lang) => [lang, readNotFound(lang) ?? defaultNotFound]));

/** The 404 page for a path: its language's, from the first segment after the base. */
function notFoundPage(path: string): Buffer {
	const [first] = path.slice(base.length).split('/');
	return notFoundPages.get(first as (typeof TRANSLATION_LANGUAGES)[number]) ?? defaultNotFound;
}

const files = sirv(root, { dev: false, etag: true, dotfiles: false });

function setHeaders(response: ServerResponse, path: string): void {
	for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
}

function notFound(response: ServerResponse, path: string): void {
	setHeaders(response, path);
	response.statusCode = 404;
	response.setHeader('Content-Type', 'text/html; charset=utf-8');
	response.end(notFoundPage(path));
}

/** Files in the build that configure the host and are not part of the site. */
const HOST_FILES = new Set(['_headers']);

/**
 * Whether a request path names a host file, however it is spelled: percent-encoded (even twice), in
 * any letter case or with the trailing dots and spaces a case-insensitive or Windows file system would
 * map to the same file, with a trailing slash or dot segments, at any depth.
 */
function namesHostFile(path: string): boolean {
	let decoded = path;
	for (let round = 0; round < 3; round += 1) {
		try {
			decoded = decodeURIComponent(decoded);
		} catch {
			break;
		}
	}
	return decoded.split(/[\\/]/).some((segment) => HOST_FILES.has(segment.toLowerCase().replace(/[. ]+$/, '')));
}

const ALLOWED_METHODS = 'GET, HEAD';

const server = createServer((request, response) => {
	// The path as sent, without the query: new URL() would read "//x" as a host name.
	const path = (request.url ?? '/').split(/[?#]/)[0] ?? '/';
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		setHeaders(response, path);
		response.writeHead(405, { Allow: ALLOWED_METHODS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
		return;
	}
	if (path === base.slice(0, -1) && base !== '/') {
		response.writeHead(301, { Location: base }).end();
		return;
	}
	if (!path.startsWith(base) || namesHostFile(path)) return notFound(response, path);
	setHeaders(response, path);
	request.url = `/${(request.url ?? '/').slice(base.length)}`;
	files(request, response, () => notFound(response, path));
});

server.listen(port, host, () => {
	console.log(`Serving ${root} at http://${host}:${port}${base}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
