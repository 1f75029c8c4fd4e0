// The dev server, as an editor previews with it (`npx astro dev`): pages and share cards are rendered
// on request. A build draws the share cards into its output once the pages are built
// (src/integrations/share-cards/), so the dev server is the only place they are endpoints.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/ui.ts';
import { entryShareCard } from '../../src/lib/share-cards/card-data.ts';
import { renderShareImage, SHARE_IMAGE_SIZE } from '../../src/share-cards/index.ts';
import { EDITOR_PATH } from '../../scripts/editor/integration.ts';
import { freePort, loadSiteContent, PROJECT_ROOT, serverAnswers } from './support.ts';

const entries = loadSiteContent('content').entries.filter((candidate) => !candidate.data.draft);
const entry = entries.find((candidate) => candidate.data.lang === DEFAULT_LANGUAGE);
const translated = entries.find((candidate) => candidate.data.lang !== DEFAULT_LANGUAGE);
let server: ChildProcess | undefined;
let origin = '';
let output = '';

before(async () => {
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	server = spawn(join(PROJECT_ROOT, 'node_modules', '.bin', 'astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: PROJECT_ROOT,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	server.stdout?.on('data', (chunk: Buffer) => (output += chunk));
	server.stderr?.on('data', (chunk: Buffer) => (output += chunk));
	if (await serverAnswers(origin, server, 60_000)) return;
	assert.fail(`astro dev did not answer at ${origin}:\n${output}`);
});

after(() => {
	server?.kill();
});

/** The body of a PNG the dev server answers `path` with. */
async function png(path: string): Promise<Buffer> {
	const response = await fetch(`${origin}${path}`);
	assert.equal(response.status, 200, `GET ${path} answered ${response.status}; the dev server said:\n${output}`);
	assert.equal(response.headers.get('content-type'), 'image/png', path);
	return Buffer.from(await response.arrayBuffer());
}

describe('astro dev', () => {
	it('renders an entry’s share card on request, the same card as the build writes', async () => {
		assert.ok(entry, 'no published entry to preview');
		const card = await png(`/${entry.collection}/${entry.id}/share.png`);
		assert.ok(card.equals(await renderShareImage(entryShareCard(entry))), `${entry.file}: the card is not its own`);
	});

	it('renders a translation’s card under its language’s prefix', async () => {
		assert.ok(translated, 'no published translation to preview');
		const card = await png(`/${translated.data.lang}/${translated.collection}/${translated.id}/share.png`);
		assert.ok(card.equals(await renderShareImage(entryShareCard(translated))), `${translated.file}: the card is not its own`);
	});

	it('renders the site’s own card, in every language', async () => {
		for (const path of ['/share.png', ...LANGUAGES.filter((lang) => lang !== DEFAULT_LANGUAGE).map((lang) => `/${lang}/share.png`)]) {
			const { format, width, height } = await sharp(await png(path)).metadata();
			assert.deepEqual({ format, width, height }, { format: 'png', ...SHARE_IMAGE_SIZE }, path);
		}
	});

	it('renders each page in its address’s language, and an unknown address’s 404 page too', async () => {
		for (const lang of LANGUAGES) {
			const prefix = lang === DEFAULT_LANGUAGE ? '/' : `/${lang}/`;
			for (const [path, status] of [[`${prefix}archive/`, 200], [`${prefix}no-such-page/`, 404]] as const) {
				const response = await fetch(`${origin}${path}`);
				assert.equal(response.status, status, `GET ${path}`);
				const html = await response.text();
				assert.ok(html.includes(`<html lang="${lang}">`), `GET ${path}: not a page in ${lang}`);
				if (status === 404) assert.ok(html.includes(`<h1>${t(lang, 'notFound.title')}</h1>`), `GET ${path}: not the 404 page in ${lang}`);
			}
		}
	});
});

describe('astro dev without `npm run edit`', () => {
	it('has no editor: the editors’ desk is added only by `npm run edit`', async () => {
		for (const path of [`/${EDITOR_PATH}`, `/${EDITOR_PATH}api`]) {
			const response = await fetch(`${origin}${path}`, { method: path.endsWith('api') ? 'POST' : 'GET' });
			assert.equal(response.status, 404, path);
			assert.doesNotMatch(await response.text(), /editor-token/, path);
		}
	});
});
