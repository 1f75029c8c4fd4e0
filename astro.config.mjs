// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { SITE } from './src/config/site.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { timingMarks } from './src/integrations/build-timing.ts';
import { searchIndex } from './src/integrations/pagefind.ts';
import { prerender } from './src/integrations/prerender.ts';

export default defineConfig({
	site: SITE.url,
	base: SITE.base,
	output: 'static',
	trailingSlash: 'always',
	// scripts/build.ts builds into a staging folder and swaps it in only when the build succeeds.
	outDir: process.env.ASTRO_OUT_DIR ?? './dist',
	// The benchmark builds a copy of the site that shares node_modules; its cache must not land there.
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	integrations: [
		timingMarks('first'),
		contentValidation(),
		prerender(),
		mdx(),
		// The 404 page is served for unknown addresses; it is not a page to index.
		sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
		searchIndex(),
		timingMarks('last'),
	],
	build: {
		format: 'directory',
		// Every stylesheet as a file: the Content-Security-Policy in public/_headers allows no inline <style>.
		inlineStylesheets: 'never',
	},
	devToolbar: { enabled: false },
	vite: {
		build: {
			rolldownOptions: {
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
