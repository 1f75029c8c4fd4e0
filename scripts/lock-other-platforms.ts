// The registry these machines use lacks some platform-specific builds (Astro's compiler bindings and
// Pagefind's binaries for macOS, Windows, ARM…), so npm leaves them out of package-lock.json and
// `npm ci` on a fresh clone then refuses the lock file as out of sync. This adds an optional entry,
// with the os and cpu its name implies, for every optional dependency the lock file lacks; npm skips
// such entries on other platforms. Run it after `npm install` whenever `npm ci` reports "Missing: … from lock file".
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
	version?: string;
	optional?: boolean;
	os?: string[];
	cpu?: string[];
	libc?: string[];
	optionalDependencies?: Record<string, string>;
}

const OS: Record<string, string> = {
	android: 'android',
	darwin: 'darwin',
	freebsd: 'freebsd',
	linux: 'linux',
	win32: 'win32',
	windows: 'win32',
};
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32'];

/** The os, cpu and libc a platform package's name implies: "@pagefind/windows-x64", "…-linux-arm64-musl". */
export function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> | undefined {
	const parts = (name.split('/').pop() ?? '').split('-');
	const os = parts.map((part) => OS[part]).find(Boolean);
	const cpu = parts.find((part) => CPU.includes(part));
	if (cpu === undefined) return undefined;
	const libc = parts.includes('musl') ? ['musl'] : parts.includes('gnu') ? ['glibc'] : undefined;
	return { ...(os ? { os: [os] } : {}), cpu: [cpu], ...(libc ? { libc } : {}) };
}

function main(): void {
	const path = 'package-lock.json';
	const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, LockEntry> };
	const added: string[] = [];
	for (const entry of Object.values(lock.packages)) {
		for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
			const key = `node_modules/${name}`;
			const platform = platformOf(name);
			if (key in lock.packages || platform === undefined) continue;
			lock.packages[key] = { version, ...platform, optional: true };
			added.push(`${name}@${version}`);
		}
	}
	const [root, ...rest] = Object.entries(lock.packages);
	lock.packages = Object.fromEntries([root!, ...rest.sort(([a], [b]) => a.localeCompare(b))]);
	writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
	console.log(added.length === 0 ? 'Nothing to add.' : `Added optional entries for:\n  ${added.join('\n  ')}`);
}

if (import.meta.main) main();
