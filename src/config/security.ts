/**
 * The security headers of every page and file, the one place they are written: the build writes them
 * into the output's _headers file (src/integrations/security-headers.ts), which Netlify and Cloudflare
 * Pages apply and `npm run serve` and the browser tests serve with, and every page carries the
 * Content-Security-Policy in a <meta> as well, for hosts that send no headers of their own.
 */

/**
 * The schemes of the links a reader may follow away from the site: the article format refuses any
 * other in what an editor writes, and feeds drop any other (javascript:, data:, vbscript:, tel: …).
 */
export const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** Everything from the site itself, nothing inline. */
const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
	'default-src': ["'self'"],
	// Pagefind's search runs as WebAssembly, which the browser compiles only with 'wasm-unsafe-eval'; it
	// allows no eval() of JavaScript and no inline script.
	'script-src': ["'self'", "'wasm-unsafe-eval'"],
	'style-src': ["'self'"],
	// Small images written into stylesheets and Pagefind's results as data: URLs.
	'img-src': ["'self'", 'data:'],
	'font-src': ["'self'"],
	'connect-src': ["'self'"],
	// Pagefind's worker is a file of the site (pagefind/pagefind-worker.js), not a blob:.
	'worker-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"],
	'frame-ancestors': ["'none'"],
};

/** Directives a browser obeys only in the header: in a <meta> it ignores them and logs a warning. */
export const HEADER_ONLY_DIRECTIVES: ReadonlySet<string> = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

function policy(keep: (directive: string) => boolean): string {
	return Object.entries(CONTENT_SECURITY_POLICY)
		.filter(([directive]) => keep(directive))
		.map(([directive, sources]) => [directive, ...sources].join(' '))
		.join('; ');
}

/** The policy as the Content-Security-Policy header sends it. */
export const CSP_HEADER = policy(() => true);

/** The same policy for <meta http-equiv="Content-Security-Policy">: without the header-only directives. */
export const CSP_META = policy((directive) => !HEADER_ONLY_DIRECTIVES.has(directive));

/** The headers every path of the site is served with, in this order. */
export const SECURITY_HEADERS: readonly (readonly [name: string, value: string])[] = [
	['Content-Security-Policy', CSP_HEADER],
	// Two years, subdomains included: browsers then reach the site over HTTPS only (they ignore it over HTTP).
	['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
	['Referrer-Policy', 'no-referrer'],
	['X-Content-Type-Options', 'nosniff'],
	[
		'Permissions-Policy',
		[
			...['accelerometer', 'autoplay', 'browsing-topics', 'camera', 'display-capture', 'encrypted-media', 'fullscreen'],
			...['geolocation', 'gyroscope', 'hid', 'idle-detection', 'interest-cohort', 'magnetometer', 'microphone', 'midi'],
			...['payment', 'picture-in-picture', 'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb'],
			'xr-spatial-tracking',
		]
			.map((feature) => `${feature}=()`)
			.join(', '),
	],
	['Cross-Origin-Opener-Policy', 'same-origin'],
];
