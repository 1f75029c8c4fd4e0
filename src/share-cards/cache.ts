import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ShareCard } from './card.ts';

const FOLDER = fileURLToPath(new URL('./', import.meta.url));
const SATORI_VERSION: string = createRequire(import.meta.url)('satori/package.json').version;

/**
 * A fingerprint of everything that decides how a card is drawn: the files of this folder (fonts
 * included, tests left out), satori's version and zlib's. Any change to them draws every card anew.
 */
export function drawingVersion(folder = FOLDER): string {
	const hash = createHash('sha256').update(`satori ${SATORI_VERSION}\0zlib ${process.versions.zlib}\0`);
	const files = readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((file) => file.isFile() && !file.name.endsWith('.test.ts'))
		.map((file) => join(file.parentPath, file.name))
		.sort();
	for (const file of files) hash.update(`${relative(folder, file)}\0`).update(readFileSync(file)).update('\0');
	return hash.digest('hex');
}

/** The name a card's PNG is kept under: the same data drawn by the same code has the same key. */
export function cardKey({ siteName, label, title, footer }: ShareCard, version: string): string {
	return createHash('sha256')
		.update(JSON.stringify([version, siteName, label, title, footer]))
		.digest('hex')
		.slice(0, 40);
}
