// Builds the good fixture three times into temporary folders: a second build of unchanged content draws
// no share card, and after one article's title is edited the next build draws that card alone.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_LANGUAGE } from '../../src/i18n/languages.ts';
import { entryShareCard } from '../../src/lib/share-cards/card-data.ts';
import { renderShareImage } from '../../src/share-cards/index.ts';
import { entryPagePath, keepAstroCache, listFiles, loadSiteContent, PROJECT_ROOT, type RunResult, runScript } from './support.ts';

const BUILD_TIMEOUT = 180_000;
/** Where the cards are cached: Astro's default cacheDir. */
const CARD_CACHE = join(PROJECT_ROOT, 'node_modules/.astro/share-cards');

let workDir: string;
let content: string;
let restoreAstroCache: () => void;
const builds: { out: string; result: RunResult }[] = [];

async function build(name: string) {
	const out = join(workDir, name);
	const result = await runScript('scripts/build.ts', { CONTENT_DIR: content, BUILD_OUT_DIR: out });
	assert.equal(result.status, 0, result.output);
	builds.push({ out, result });
}

/** What the build's log line says it did with the cards. */
function cardsLogged({ output }: RunResult): { drawn: number; fromCache: number } {
	const match = /share cards: (\d+) drawn, (\d+) from cache/.exec(output);
	assert.ok(match, `the build did not say how many share cards it drew:\n${output}`);
	return { drawn: Number(match[1]), fromCache: Number(match[2]) };
}

const cardsIn = (out: string) => listFiles(out).filter((file) => file.endsWith('share.png'));

// The edited article: an original in the default language, found in the content rather than named here.
const original = () => {
	const entry = loadSiteContent(content).entries.find((each) => each.collection === 'articles' && each.data.lang === DEFAULT_LANGUAGE && !each.data.draft);
	assert.ok(entry, 'the fixture has no published article in the default language');
	return entry;
};

before(
	async () => {
		workDir = mkdtempSync(join(tmpdir(), 'campaign-build-share-cards-'));
		restoreAstroCache = keepAstroCache();
		content = join(workDir, 'content');
		cpSync(join(PROJECT_ROOT, 'tests/fixtures/good/content'), content, { recursive: true });
		await build('first');
		await build('unchanged');
		const { file, data } = original();
		const path = resolve(PROJECT_ROOT, file);
		const text = readFileSync(path, 'utf8');
		const edited = text.replace(/^title: .*$/m, `title: ${JSON.stringify(`${data.title}, edited`)}`);
		assert.notEqual(edited, text, `${path}: no title line to edit`);
		writeFileSync(path, edited);
		await build('edited');
	},
	{ timeout: 3 * BUILD_TIMEOUT },
);

after(() => {
	rmSync(workDir, { recursive: true, force: true });
	restoreAstroCache();
});

describe('share cards across builds', () => {
	it('the first build writes every card and keeps each in the cache', () => {
		const [first] = builds;
		assert.ok(first);
		const { drawn, fromCache } = cardsLogged(first.result);
		assert.equal(drawn + fromCache, cardsIn(first.out).length);
		assert.equal(readdirSync(CARD_CACHE).length, cardsIn(first.out).length);
	});

	it('a second build of unchanged content draws no card', () => {
		const [first, unchanged] = builds;
		assert.ok(first && unchanged);
		assert.deepEqual(cardsLogged(unchanged.result), { drawn: 0, fromCache: cardsIn(first.out).length });
		for (const file of cardsIn(first.out))
			assert.ok(readFileSync(join(first.out, file)).equals(readFileSync(join(unchanged.out, file))), `${file} differs`);
	});

	it('after one article’s title is edited, the next build draws that card alone, and the cache keeps no stale card', async () => {
		const edited = builds[2];
		assert.ok(edited);
		const cards = cardsIn(edited.out).length;
		assert.deepEqual(cardsLogged(edited.result), { drawn: 1, fromCache: cards - 1 });
		const entry = original();
		const card = readFileSync(join(entryPagePath(edited.out, entry), '..', 'share.png'));
		assert.ok(card.equals(await renderShareImage(entryShareCard(entry))), `${entry.file}: the card does not show the edited title`);
		assert.equal(readdirSync(CARD_CACHE).length, cards);
	});
});
