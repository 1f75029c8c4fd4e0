import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { SECURITY_HEADERS } from '../config/security.ts';

/** The _headers file (the Netlify and Cloudflare Pages format): every header of src/config/security.ts on every path. */
export function headersFile(): string {
	return [
		'# Written by the build from src/config/security.ts: change the headers there.',
		'/*',
		...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
		'',
	].join('\n');
}

/** Writes the _headers file into the output, once the site is built. */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'campaign:security-headers',
		hooks: {
			'astro:build:done': ({ dir }) => {
				writeFileSync(new URL('_headers', dir), headersFile());
			},
		},
	};
}
