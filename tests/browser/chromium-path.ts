import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium the browser tests drive: $CHROMIUM_PATH if set, else Debian's. */
export function chromiumPath(): string | undefined {
	const configured = process.env.CHROMIUM_PATH;
	if (configured) return existsSync(configured) ? configured : undefined;
	return CANDIDATES.find((candidate) => existsSync(candidate));
}
