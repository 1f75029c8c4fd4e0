import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { TRANSLATION_LANGUAGES } from '../i18n/languages.ts';

/**
 * Astro writes /404.html only for the page at src/pages/404.astro; a language's own 404 page comes
 * out as /<lang>/404/index.html. Static hosts look for /<lang>/404.html (Cloudflare Pages finds the
 * nearest one by itself; nginx and Netlify are pointed at it, see the README), so it is moved there.
 */
export function statusPages(): AstroIntegration {
	return {
		name: 'campaign:status-pages',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const out = fileURLToPath(dir);
				for (const lang of TRANSLATION_LANGUAGES) {
					const built = `${out}${lang}/404/index.html`;
					if (!existsSync(built)) throw new Error(`The ${lang} 404 page was not built at ${built}`);
					renameSync(built, `${out}${lang}/404.html`);
					rmdirSync(`${out}${lang}/404`);
				}
			},
		},
	};
}
