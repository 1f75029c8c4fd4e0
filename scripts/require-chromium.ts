// Browser tests need a real Chromium. Stop with one clear line when there is none, rather than skipping them.
import { chromiumPath } from '../tests/browser/chromium-path.ts';

const path = chromiumPath();
if (path === undefined) {
	console.error(
		'Chromium not found: install it with `apt-get install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
	);
	process.exit(1);
}
