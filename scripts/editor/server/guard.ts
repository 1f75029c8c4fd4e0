import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/**
 * Who may use the editor: only its own page, in a browser on this machine. A page of another site
 * open in the same browser can send requests to 127.0.0.1 too; it is told apart by its Origin (which
 * browsers set and pages cannot), by the session token (which only the editor's page holds: the
 * same-origin policy keeps other sites from reading it), and by the custom header that carries it
 * (which makes the browser ask first, and the editor never says yes). Host names are checked so that
 * a site whose name is pointed at 127.0.0.1 (DNS rebinding) is not the editor's own origin either.
 */

/** The header the editor's page sends its session token in. */
export const TOKEN_HEADER = 'x-editor-token';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

export function isLoopbackAddress(address: string | undefined): boolean {
	if (address === undefined) return false;
	const plain = address.replace(/^::ffff:/, '');
	if (isIP(plain) === 4) return plain.startsWith('127.');
	return plain === '::1';
}

/** Whether the request was sent to this machine's loopback address, under a loopback name and the editor's port. */
export function isLocalRequest(request: IncomingMessage, port: number): boolean {
	if (!isLoopbackAddress(request.socket.localAddress)) return false;
	const host = request.headers.host ?? '';
	return LOOPBACK_NAMES.some((name) => host === `${name}:${port}`);
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
	if (typeof given !== 'string') return false;
	const a = Buffer.from(given);
	const b = Buffer.from(token);
	return a.length === b.length && timingSafeEqual(a, b);
}

/** Why a request to the editor's API is refused, or undefined when it comes from the editor's own page. */
export function apiRefusal(request: IncomingMessage, port: number, token: string): string | undefined {
	if (!isLocalRequest(request, port)) return 'the editor answers only at 127.0.0.1 or localhost on this machine';
	if (request.method !== 'POST') return 'the editor takes only POST requests';
	const origin = request.headers.origin;
	if (origin !== `http://${request.headers.host}`) return `requests must come from the editor's page, not from ${origin ?? 'no page'}`;
	const site = request.headers['sec-fetch-site'];
	if (site !== undefined && site !== 'same-origin') return 'requests must come from the editor’s page';
	if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) return 'requests must be JSON';
	if (!sameToken(request.headers[TOKEN_HEADER], token)) return 'the session token is missing or wrong: reload the editor';
	return undefined;
}
