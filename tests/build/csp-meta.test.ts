// Every built page carries the Content-Security-Policy in a <meta http-equiv> as well, for hosts that
// send no headers: the same policy as the built _headers file sends, less the directives a browser
// obeys only in a header, and ahead of anything in the page that it governs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { headersFor, parseHeaders } from '../../scripts/headers.ts';
import { builtSiteDir, listFiles } from './support.ts';

const outDir = builtSiteDir();

/**
 * CSP Level 3 says frame-ancestors, report-uri and sandbox are not supported in a <meta> policy; the
 * Reporting API says the same of report-to.
 */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** A policy without the header-only directives, each directive written "name sources", joined by "; ". */
function forMeta(policy: string): string {
	return policy
		.split(';')
		.map((directive) => directive.trim().replace(/\s+/g, ' '))
		.filter((directive) => directive !== '' && !HEADER_ONLY.has(directive.split(' ')[0] ?? ''))
		.join('; ');
}

describe('the Content-Security-Policy in every page', () => {
	const headers = headersFor(parseHeaders(readFileSync(join(outDir, '_headers'), 'utf8')), '/');
	const headerPolicy = headers.get('Content-Security-Policy') ?? '';
	const pages = listFiles(outDir).filter((file) => file.endsWith('.html'));

	it('is sent as a header, with a directive only a header can carry', () => {
		assert.match(headerPolicy, /default-src 'self'/);
		assert.ok(
			headerPolicy.split(';').some((directive) => HEADER_ONLY.has(directive.trim().split(/\s+/)[0] ?? '')),
			`the header's policy has no header-only directive: ${headerPolicy}`,
		);
	});

	it('is in each page as a <meta>, right after the charset, equal to the header’s policy less the header-only directives', () => {
		assert.ok(pages.length > 10, `only ${pages.length} pages in ${outDir}`);
		const expected = forMeta(headerPolicy);
		for (const page of pages) {
			const head = parse(readFileSync(join(outDir, page), 'utf8')).querySelector('head');
			const metas = head?.querySelectorAll('meta[http-equiv]').filter((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy') ?? [];
			assert.equal(metas.length, 1, `${page}: ${metas.length} CSP <meta> elements`);
			const [first, second] = head?.children ?? [];
			assert.ok(first?.getAttribute('charset') !== undefined && second === metas[0], `${page}: the CSP <meta> is not the element after <meta charset>`);
			assert.equal(metas[0]?.getAttribute('content'), expected, page);
		}
	});
});
