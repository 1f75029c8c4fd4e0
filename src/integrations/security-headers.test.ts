import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headersFor, parseHeaders } from '../../scripts/headers.ts';
import { CSP_HEADER, CSP_META, HEADER_ONLY_DIRECTIVES, SECURITY_HEADERS } from '../config/security.ts';
import { headersFile } from './security-headers.ts';

/** A policy's directives by name. */
function directives(policy: string): Map<string, string> {
	return new Map(policy.split(';').map((directive) => {
		const [name = '', ...sources] = directive.trim().split(/\s+/);
		return [name, sources.join(' ')];
	}));
}

describe('the _headers file', () => {
	const rules = parseHeaders(headersFile());

	it('gives every path of the site every security header, as src/config/security.ts says', () => {
		for (const path of ['/', '/search/', '/es/articles/x/', '/campaign/pagefind/pagefind.js', '/data/figures.csv'])
			assert.deepEqual([...headersFor(rules, path)], SECURITY_HEADERS.map(([name, value]) => [name, value]), path);
	});

	it('allows nothing from elsewhere and nothing inline, and no framing', () => {
		const csp = directives(headersFor(rules, '/').get('Content-Security-Policy') ?? '');
		assert.equal(csp.get('default-src'), "'self'");
		assert.equal(csp.get('object-src'), "'none'");
		assert.equal(csp.get('frame-ancestors'), "'none'");
		for (const [name, sources] of csp) {
			assert.doesNotMatch(sources, /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|(^|\s)\*|https?:/, name);
		}
	});

	it('asks for HTTPS for at least a year, and sends no referrer', () => {
		const headers = headersFor(rules, '/');
		const maxAge = Number(/max-age=(\d+)/.exec(headers.get('Strict-Transport-Security') ?? '')?.[1]);
		assert.ok(maxAge >= 365 * 24 * 60 * 60, `max-age ${maxAge}`);
		assert.equal(headers.get('Referrer-Policy'), 'no-referrer');
		assert.equal(headers.get('X-Content-Type-Options'), 'nosniff');
		assert.equal(headers.get('Cross-Origin-Opener-Policy'), 'same-origin');
		assert.match(headers.get('Permissions-Policy') ?? '', /camera=\(\).*geolocation=\(\).*microphone=\(\)/);
	});
});

describe('the policy for <meta>', () => {
	it('is the header’s policy without the directives only a header can carry', () => {
		const header = directives(CSP_HEADER);
		const meta = directives(CSP_META);
		assert.ok([...header.keys()].some((name) => HEADER_ONLY_DIRECTIVES.has(name)), 'the header has a header-only directive to leave out');
		assert.deepEqual(meta, new Map([...header].filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name))));
	});
});
