import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { describe, it } from 'node:test';
import { apiRefusal, isLoopbackAddress, TOKEN_HEADER } from './guard.ts';

const PORT = 4460;
const TOKEN = 'the-session-token';

/** A request as the editor's own page sends it, with `changes` made. */
function request(changes: { headers?: Record<string, string | undefined>; method?: string; localAddress?: string } = {}): IncomingMessage {
	const headers: Record<string, string | undefined> = {
		host: `127.0.0.1:${PORT}`,
		origin: `http://127.0.0.1:${PORT}`,
		'sec-fetch-site': 'same-origin',
		'content-type': 'application/json',
		[TOKEN_HEADER]: TOKEN,
		...changes.headers,
	};
	for (const [name, value] of Object.entries(headers)) if (value === undefined) delete headers[name];
	return { method: changes.method ?? 'POST', headers, socket: { localAddress: changes.localAddress ?? '127.0.0.1' } } as unknown as IncomingMessage;
}

describe('the editor’s API', () => {
	it('answers its own page', () => {
		assert.equal(apiRefusal(request(), PORT, TOKEN), undefined);
		assert.equal(apiRefusal(request({ headers: { host: `localhost:${PORT}`, origin: `http://localhost:${PORT}` } }), PORT, TOKEN), undefined);
	});

	it('refuses a page of another site, even one on this machine', () => {
		for (const origin of ['https://elsewhere.example', `http://localhost:${PORT + 1}`, `http://127.0.0.1:${PORT + 1}`, 'null', undefined])
			assert.ok(apiRefusal(request({ headers: { origin } }), PORT, TOKEN), `Origin ${origin}`);
		assert.ok(apiRefusal(request({ headers: { 'sec-fetch-site': 'cross-site' } }), PORT, TOKEN));
	});

	it('refuses a request without the session token, or with another', () => {
		assert.ok(apiRefusal(request({ headers: { [TOKEN_HEADER]: undefined } }), PORT, TOKEN));
		assert.ok(apiRefusal(request({ headers: { [TOKEN_HEADER]: 'the-session-tokeN' } }), PORT, TOKEN));
		assert.ok(apiRefusal(request({ headers: { [TOKEN_HEADER]: 'short' } }), PORT, TOKEN));
	});

	it('refuses forms and plain text, which other sites can send without asking', () => {
		for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', undefined])
			assert.ok(apiRefusal(request({ headers: { 'content-type': type } }), PORT, TOKEN), String(type));
		assert.ok(apiRefusal(request({ method: 'GET' }), PORT, TOKEN));
	});

	it('refuses another host name pointed at this machine (DNS rebinding), and requests from the network', () => {
		const host = `rebound.example:${PORT}`;
		assert.ok(apiRefusal(request({ headers: { host, origin: `http://${host}` } }), PORT, TOKEN));
		assert.ok(apiRefusal(request({ headers: { host: '127.0.0.1:80', origin: 'http://127.0.0.1:80' } }), PORT, TOKEN));
		assert.ok(apiRefusal(request({ localAddress: '192.168.1.20' }), PORT, TOKEN));
	});

	it('knows the loopback addresses', () => {
		for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) assert.equal(isLoopbackAddress(address), true, address);
		for (const address of ['10.0.0.1', '::', '0.0.0.0', '::ffff:192.168.0.1', undefined]) assert.equal(isLoopbackAddress(address), false, String(address));
	});
});
