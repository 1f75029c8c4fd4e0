// The server the tests run against (scripts/serve.ts) sends the headers of the built _headers file,
// so every other spec runs under the site's Content-Security-Policy; this checks that it does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, parseHeaders } from '../../scripts/headers.ts';
import { expect, test } from './fixtures.ts';
import { BASE, DIST, sitePath } from './pages.ts';

const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));

test('pages, assets and the not-found page carry the security headers of _headers', async ({ request }) => {
	for (const [path, status] of [
		[BASE, 200],
		[sitePath('search'), 200],
		[`${BASE}pagefind/en/pagefind.js`, 200],
		[sitePath('no-such-page-anywhere'), 404],
	] as const) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(status);
		const headers = response.headers();
		for (const [name, value] of headersFor(rules, path)) expect(headers[name.toLowerCase()], `${name} of ${path}`).toBe(value);
		expect(headers['content-security-policy'], path).toContain("default-src 'self'");
	}
	expect((await request.get(`${BASE}_headers`)).status()).toBe(404);
});
