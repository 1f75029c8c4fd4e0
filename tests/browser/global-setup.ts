// The browser tests run against the built site and never build it themselves (`npm test` builds first).
import { existsSync } from 'node:fs';
import { DIST_INDEX } from './pages.ts';
import { chromiumPath } from './chromium-path.ts';

export default function globalSetup(): void {
	if (!existsSync(DIST_INDEX)) {
		throw new Error(
			`${DIST_INDEX} is missing: the browser tests run against the built site. Build it first with \`node scripts/build.ts\` (or run \`npm test\`, which builds before testing).`,
		);
	}
	if (chromiumPath() === undefined) {
		throw new Error(
			'Chromium not found: install it with `apt-get install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
		);
	}
}
