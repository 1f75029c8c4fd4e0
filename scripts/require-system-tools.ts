// The tests need two programs from the system: Chromium for the browser tests, and nginx to try the
// README's nginx configuration. Stop with one clear line naming what is missing, rather than skip tests.
import { existsSync } from 'node:fs';
import { chromiumPath } from '../tests/browser/chromium-path.ts';

const missing: string[] = [];
if (chromiumPath() === undefined)
	missing.push('Chromium (`apt-get install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary)');
if (!existsSync(process.env.NGINX_PATH ?? '/usr/sbin/nginx'))
	missing.push('nginx (`apt-get install nginx-light`, or set NGINX_PATH to an nginx binary)');
if (missing.length > 0) {
	console.error(`The tests need ${missing.join(' and ')}.`);
	process.exit(1);
}
