// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { SITE } from './src/config/site.ts';
import { articleFormat } from './src/integrations/article-format.ts';
import { searchIndex } from './src/integrations/search-index/index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { shareCards } from './src/integrations/share-cards/index.ts';
import { statusPages } from './src/integrations/status-pages.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from './src/i18n/languages.ts';

export default defineConfig({
	site: SITE.url,
	base: SITE.base,
	output: 'static',
	trailingSlash: 'always',
	// Pages live under src/pages/[...lang]/: the default language at the root, the others under /<lang>/.
	i18n: {
		locales: [...LANGUAGES],
		defaultLocale: DEFAULT_LANGUAGE,
		routing: { prefixDefaultLocale: false },
	},
	integrations: [
		// Before mdx(): its compiler never sees a file outside the article format.
		articleFormat(),
		shareCards(),
		mdx(),
		statusPages(),
		securityHeaders(),
		// The 404 pages are served for unknown addresses; they are not pages to index. Pages with the same
		// address but for the language prefix are each other's translations, listed as hreflang alternates.
		sitemap({
			filter: (page) => !/\/404(\/|\.html)?$/.test(new URL(page).pathname),
			i18n: { defaultLocale: DEFAULT_LANGUAGE, locales: Object.fromEntries(LANGUAGES.map((lang) => [lang, lang])) },
		}),
		searchIndex(),
	],
	build: {
		format: 'directory',
		// Every stylesheet as a file: the Content-Security-Policy (src/config/security.ts) allows no inline <style>.
		inlineStylesheets: 'never',
	},
	devToolbar: { enabled: false },
	vite: {
		build: {
			rolldownOptions: {
				// The articles' compiled MDX in a few large chunks instead of a chunk each: the bundler spent about
				// as long writing 1,000 small chunks as compiling them, and loading each as its page was rendered
				// cost the build thread a module load per entry. The pages are the same byte for byte.
				output: { codeSplitting: { groups: [{ name: 'content', test: /\.mdx($|\?)/, maxSize: 4_000_000 }] } },
				// Astro's own MDX output carries a "use astro:head-inject" directive that the bundler warns
				// about once per file; the warning is about Astro's code, not ours, and buries real errors.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
