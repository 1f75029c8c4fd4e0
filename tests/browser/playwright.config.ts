// Browser tests of the built site: `npm run test:browser` (the `test` script builds dist/ first).
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { defineConfig, type Project } from '@playwright/test';
import { chromiumPath } from './chromium-path.ts';
import { BASE, DIST, DIST_INDEX, ROOT } from './pages.ts';

// BROWSER_TEST_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.BROWSER_TEST_PORT ?? 4327);
const HOST = '127.0.0.1';
const SITE_ORIGIN = `http://${HOST}:${PORT}`;

/** process.env without unset variables, as the web server's environment. */
function definedEnv(): Record<string, string> {
	return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** Debian's Chromium, as every project drives it. */
const BROWSER: Project['use'] = {
	browserName: 'chromium',
	launchOptions: {
		executablePath: chromiumPath(),
		args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
	},
};

export default defineConfig({
	testDir: '.',
	testMatch: '**/*.spec.ts',
	// Failure artefacts stay inside tests/browser/ (test-results/ is git-ignored).
	outputDir: join(ROOT, 'tests', 'browser', 'test-results'),
	forbidOnly: true,
	retries: 0,
	workers: 2,
	reporter: 'list',
	timeout: 30_000,
	expect: { timeout: 5_000 },
	// Checks that dist/ was built; see global-setup.ts.
	globalSetup: './global-setup.ts',
	use: {
		baseURL: SITE_ORIGIN,
		trace: 'off',
	},
	projects: [
		// The site as built from its content (dist/, or BUILD_OUT_DIR).
		{ name: 'chromium', testIgnore: 'fixture-site/**', use: BROWSER },
		// A build of tests/fixtures/good/content (`npm run test:fixture-site`): what the content of the site
		// lacks, such as a piece left untranslated.
		{ name: 'fixture-site', testDir: './fixture-site', use: BROWSER },
	],
	// Playwright starts the web server before global setup runs. With nothing built, scripts/serve.ts
	// would only exit early with its own error, so no server is started then and global setup reports
	// the missing build plainly instead.
	webServer: existsSync(DIST_INDEX)
		? {
				// The build served with the headers of its _headers file (Content-Security-Policy included),
				// as a static host would: a page that breaks under them fails its tests.
				command: `node scripts/serve.ts --port ${PORT} --host ${HOST}`,
				cwd: ROOT,
				url: `${SITE_ORIGIN}${BASE}`,
				reuseExistingServer: false,
				timeout: 60_000,
				stdout: 'ignore',
				stderr: 'pipe',
				env: {
					...definedEnv(),
					PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
					// scripts/serve.ts serves BUILD_OUT_DIR under BASE_PATH (passed on from the environment).
					BUILD_OUT_DIR: DIST,
				},
			}
		: undefined,
});
