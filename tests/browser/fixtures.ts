// The `test` every spec uses. On top of Playwright's own, it fails any test during which a page of
// the site logged a console error, threw an uncaught exception, or requested anything from a host
// other than the site's own: the site promises "nothing loaded from elsewhere". It also fails any
// test during which the browser refused something under the Content-Security-Policy the server sends
// (the build's _headers, and the <meta> in each page): a violation is reported whatever its console level.
import { test as base, expect, type ConsoleMessage } from '@playwright/test';
import type { SitePage } from './pages.ts';

export { expect };

interface PageChecks {
	/**
	 * Chromium logs "Failed to load resource: … 404" for a document served with status 404. Opening
	 * the not-found page on purpose declares that one message expected; any other still fails.
	 */
	expectNotFound(url: string): void;
}

interface Fixtures {
	/** The site's own origin, from baseURL. */
	siteOrigin: string;
	pageChecks: PageChecks;
	/** Opens a page from pages.ts and checks its HTTP status (404 for the not-found page, else 200). */
	visit: (sitePage: SitePage) => Promise<void>;
}

/** Whether a requested URL is served by the site itself; data: and blob: URLs never leave the browser. */
export function isOwnRequest(url: string, siteOrigin: string): boolean {
	const parsed = new URL(url);
	if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
	return parsed.origin === siteOrigin;
}

/** Console text Chromium writes when the Content-Security-Policy blocks something. */
export function isCspMessage(text: string): boolean {
	return text.includes('Content Security Policy') || text.includes('Refused to');
}

/**
 * Runs in each page before its own scripts (an init script is not subject to the page's CSP) and
 * reports each securitypolicyviolation event, with what was blocked and where, as a console message.
 */
const CSP_LISTENER = `addEventListener('securitypolicyviolation', (event) => {
	console.error('CSP violation: ' + event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') +
		' at ' + event.sourceFile + ':' + event.lineNumber + (event.sample ? ' (' + event.sample + ')' : ''));
}, true);`;

const NOT_FOUND_MESSAGE = 'Failed to load resource: the server responded with a status of 404 (Not Found)';

function describeConsole(message: ConsoleMessage): string {
	const { url, lineNumber } = message.location();
	return `console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`;
}

export const test = base.extend<Fixtures>({
	siteOrigin: async ({ baseURL }, use) => {
		if (!baseURL) throw new Error('playwright.config.ts sets no baseURL.');
		await use(new URL(baseURL).origin);
	},

	// Automatic, so that no test can leave it out; listening on the context covers every page the
	// test opens, popups included.
	pageChecks: [
		async ({ context, siteOrigin }, use) => {
			const errors: string[] = [];
			const offOrigin: string[] = [];
			const notFound = new Set<string>();
			const cspViolations: string[] = [];
			await context.addInitScript({ content: CSP_LISTENER });
			context.on('console', (message) => {
				if (message.text().startsWith('CSP violation: ') || isCspMessage(message.text())) {
					cspViolations.push(describeConsole(message));
					return;
				}
				if (message.type() !== 'error') return;
				if (message.text() === NOT_FOUND_MESSAGE && notFound.has(message.location().url)) return;
				errors.push(describeConsole(message));
			});
			context.on('weberror', (webError) => {
				errors.push(`pageerror: ${webError.error().stack ?? webError.error().message}`);
			});
			context.on('request', (request) => {
				if (!isOwnRequest(request.url(), siteOrigin)) offOrigin.push(request.url());
			});
			await use({ expectNotFound: (url) => notFound.add(new URL(url, siteOrigin).href) });
			// One assertion, so that a failure shows every list.
			expect(
				{ consoleErrors: errors, offOriginRequests: offOrigin, cspViolations },
				`the pages this test opened logged errors, requested something from a host other than ${siteOrigin}, or broke the Content-Security-Policy`,
			).toEqual({ consoleErrors: [], offOriginRequests: [], cspViolations: [] });
		},
		{ auto: true },
	],

	visit: async ({ page, pageChecks }, use) => {
		await use(async ({ path, status }) => {
			if (status === 404) pageChecks.expectNotFound(path);
			const response = await page.goto(path);
			expect(response?.status(), `HTTP status of ${path}`).toBe(status);
		});
	},
});
