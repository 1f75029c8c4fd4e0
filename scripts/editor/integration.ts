import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../../src/content-model/collections.ts';
import { handleApi } from './server/api.ts';
import { createDesk, type Desk } from './server/desk.ts';
import { isLocalRequest } from './server/guard.ts';
import { editorPage, PAGE_POLICY } from './server/page.ts';

/** Where the editor is, under the site's base. */
export const EDITOR_PATH = '_editor/';

const CLIENT = fileURLToPath(new URL('./client/main.ts', import.meta.url));
const STYLESHEET = fileURLToPath(new URL('./client/editor.css', import.meta.url));

/**
 * The editors' desk in Astro's dev server: a page at /_editor/ beside the preview, and the requests
 * it sends, answered by a middleware over the content folder. `npm run edit` (scripts/edit.ts) adds
 * it, and only to the dev server: no build contains it. Each start makes a new session token.
 */
export function editorsDesk(): AstroIntegration {
	const token = randomBytes(32).toString('base64url');
	let desk: Desk | undefined;
	let base = '/';
	let port = 0;
	return {
		name: 'campaign:editors-desk',
		hooks: {
			'astro:config:setup': ({ command, config }) => {
				if (command !== 'dev') return;
				const projectRoot = fileURLToPath(config.root);
				desk = createDesk(resolve(projectRoot, contentDir()), projectRoot);
			},
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:server:setup': ({ server }) => {
				const at = `${base}${EDITOR_PATH}`;
				// The client's modules, as Vite serves any file of the project in development.
				const script = `${server.config.base}${relative(server.config.root, CLIENT).split('\\').join('/')}`;
				server.middlewares.use((request, response, next) => {
					const path = new URL(request.url ?? '/', 'http://editor.invalid').pathname;
					if (!desk || !path.startsWith(at)) return next();
					if (!isLocalRequest(request, port)) {
						response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
						return response.end('The editor answers only at 127.0.0.1 or localhost on this machine.\n');
					}
					if (path === `${at}api`) return void handleApi(desk, request, response, port, token);
					const headers = { 'content-security-policy': PAGE_POLICY, 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' };
					if (path === `${at}editor.css`) {
						response.writeHead(200, { ...headers, 'content-type': 'text/css; charset=utf-8' });
						return response.end(readFileSync(STYLESHEET));
					}
					if (path !== at) return next();
					response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
					response.end(editorPage({ token, api: `${at}api`, preview: base, script, stylesheet: `${at}editor.css` }));
				});
			},
			'astro:server:start': ({ address, logger }) => {
				port = address.port;
				logger.info(`The editors' desk: http://127.0.0.1:${port}${base}${EDITOR_PATH}`);
			},
		},
	};
}
