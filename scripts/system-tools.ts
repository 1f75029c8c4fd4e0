// The tests need two programs from the system: Chromium for the browser tests, and nginx to try the
// README's nginx configuration. Install what is missing when we can (as root, with apt-get); otherwise
// stop with one line saying what to install, rather than skip tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromiumPath } from '../tests/browser/chromium-path.ts';

export interface Tool {
	name: string;
	/** The Debian package that puts it where the tests look by default. */
	debianPackage: string;
	/** The environment variable that points the tests at another binary instead. */
	variable: string;
	binary: string;
	found: () => boolean;
}

export const TOOLS: Tool[] = [
	{
		name: 'Chromium',
		debianPackage: 'chromium',
		variable: 'CHROMIUM_PATH',
		binary: 'a Chromium or Chrome binary',
		found: () => chromiumPath() !== undefined,
	},
	{
		name: 'nginx',
		debianPackage: 'nginx-light',
		variable: 'NGINX_PATH',
		binary: 'an nginx binary',
		found: () => existsSync(process.env.NGINX_PATH ?? '/usr/sbin/nginx'),
	},
];

/** The machine, as far as providing the tools goes. */
export interface System {
	tools: Tool[];
	env: Record<string, string | undefined>;
	isRoot: boolean;
	hasAptGet: boolean;
	aptGetInstall: (packages: string[]) => void;
	say: (line: string) => void;
}

/** Installs what is missing when it can; returns the line to stop with if anything is still missing. */
export function provideTools(system: System): string | undefined {
	const missing = () => system.tools.filter((tool) => !tool.found());
	// A tool its variable points elsewhere is not where apt-get would put it.
	const installable = missing().filter((tool) => !system.env[tool.variable]);
	if (installable.length > 0 && system.isRoot && system.hasAptGet) {
		const packages = installable.map((tool) => tool.debianPackage);
		system.say(`Installing ${packages.join(' and ')} for the tests (apt-get)…`);
		system.aptGetInstall(packages);
	}
	const stillMissing = missing();
	if (stillMissing.length === 0) return undefined;
	const instructions = stillMissing.map(
		(tool) => `${tool.name} (\`apt-get install ${tool.debianPackage}\`, or set ${tool.variable} to ${tool.binary})`,
	);
	return `The tests need ${instructions.join(' and ')}.`;
}

/** apt-get, quiet and non-interactive; on failure its errors are shown and the check after it stops. */
export function aptGetInstall(packages: string[]): void {
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...packages]]) {
		const run = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
		if (run.status !== 0) {
			console.error(run.stderr || run.error?.message);
			return;
		}
	}
}

if (import.meta.main) {
	const stop = provideTools({
		tools: TOOLS,
		env: process.env,
		isRoot: process.getuid?.() === 0,
		hasAptGet: (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, 'apt-get'))),
		aptGetInstall,
		say: (line) => console.log(line),
	});
	if (stop !== undefined) {
		console.error(stop);
		process.exitCode = 1;
	}
}
