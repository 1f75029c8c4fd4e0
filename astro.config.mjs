// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE } from './src/config/site.ts';
import { contentValidation } from './src/integrations/content-validation.ts';

export default defineConfig({
	site: SITE.url,
	base: SITE.base,
	output: 'static',
	trailingSlash: 'always',
	// scripts/build.ts builds into a staging folder and swaps it in only when the build succeeds.
	outDir: process.env.ASTRO_OUT_DIR ?? './dist',
	integrations: [contentValidation(), mdx()],
	build: { format: 'directory' },
	devToolbar: { enabled: false },
});
