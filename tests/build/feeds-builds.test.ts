// Builds the real content twice more, under a base path and in two time zones, into temporary folders:
// the feeds must be byte-identical (nothing in them comes from the clock or the machine), and every
// address in them, in the autodiscovery links and on the /feeds/ page must carry the base path.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { contentDir } from '../../src/content-model/collections.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { type ParsedRss, checkJsonFeed, checkRssFeed } from './feed-checks.ts';
import type { BuildContext } from './feed-content-checks.ts';
import { expectedRssFeeds, feedEntries, jsonFeedPath, siteRoot } from './feed-expectations.ts';
import { type RunResult, keepAstroCache, languagePrefix, listFiles, loadSiteContent, readPage, runScript } from './support.ts';

const BUILD_TIMEOUT = 180_000;
const SITE_URL = 'https://campaign.example.org';
const BASE_PATH = '/campaign/';
const root = siteRoot(SITE_URL, BASE_PATH);
const content = loadSiteContent(contentDir());
const expected = expectedRssFeeds(content);

let workDir: string;
let restoreAstroCache: () => void;
const builds: { dir: string; result: RunResult }[] = [];

before(
	async () => {
		workDir = mkdtempSync(join(tmpdir(), 'campaign-build-feeds-'));
		restoreAstroCache = keepAstroCache();
		// Two builds of the same content on opposite sides of the date line: a date taken from the clock
		// or written in local time would differ between them.
		for (const [name, timeZone] of [
			['first', 'UTC'],
			['second', 'Pacific/Kiritimati'],
		] as const) {
			const dir = join(workDir, name);
			const result = await runScript('scripts/build.ts', { BUILD_OUT_DIR: dir, SITE_URL, BASE_PATH, TZ: timeZone });
			builds.push({ dir, result });
		}
	},
	{ timeout: 2 * BUILD_TIMEOUT },
);

after(() => {
	rmSync(workDir, { recursive: true, force: true });
	restoreAstroCache();
});

function feedFiles(dir: string): string[] {
	return listFiles(dir).filter((file) => file.endsWith('rss.xml') || file.endsWith('feed.json'));
}

describe('two builds of unchanged content', () => {
	it('both succeed', () => {
		for (const { result } of builds) assert.equal(result.status, 0, result.output);
	});

	it('write byte-identical feeds', () => {
		const [first, second] = builds;
		assert.ok(first && second);
		const files = feedFiles(first.dir);
		assert.equal(files.length, expected.length + LANGUAGES.length, 'every RSS feed and each language’s feed.json');
		assert.deepEqual(feedFiles(second.dir), files);
		for (const file of files)
			assert.ok(
				readFileSync(join(first.dir, file)).equals(readFileSync(join(second.dir, file))),
				`${file} differs between two builds of the same content`,
			);
	});
});

describe(`a build under the base path ${BASE_PATH}`, () => {
	const context = (): BuildContext => ({ outDir: builds[0]?.dir ?? '', root });
	const parsed = new Map<string, ParsedRss>();

	for (const feed of expected)
		it(`${feed.path}: every link, guid and address in the content is under ${root}`, async () => {
			const rss = await checkRssFeed(feed, content, context());
			for (const item of rss.items) assert.ok(item.guid?.startsWith(root), `${feed.path}: guid ${item.guid}`);
			parsed.set(feed.path, rss);
		});

	for (const lang of LANGUAGES) {
		const prefix = languagePrefix(lang);

		it(`${jsonFeedPath(lang)} carries the same items, under the base path`, () => {
			const rss = parsed.get(`${prefix}rss.xml`);
			assert.ok(rss, `${prefix}rss.xml was not read`);
			checkJsonFeed(rss, feedEntries(content, lang), context(), lang);
		});

		it(`${lang} pages link their feeds under the base path, in the head and on the /${prefix}feeds/ page`, () => {
			const { outDir } = context();
			const topic = expected.find((feed) => feed.path.startsWith(`${prefix}topics/`));
			assert.ok(topic);
			const page = readPage(join(outDir, topic.path.replace(/rss\.xml$/, 'index.html')));
			const head = page.querySelectorAll('head link[rel="alternate"][type]').map((link) => link.getAttribute('href'));
			assert.deepEqual(head, [`${root}${topic.path}`, `${root}${prefix}rss.xml`, `${root}${jsonFeedPath(lang)}`]);
			// The page's translations, linked as hreflang alternates, are under the base path too.
			const translations = page.querySelectorAll('head link[rel="alternate"][hreflang]').map((link) => link.getAttribute('href') ?? '');
			assert.ok(translations.length > 0, `${topic.path}: no hreflang alternates`);
			for (const href of translations) assert.ok(href.startsWith(root), `${topic.path}: hreflang alternate ${href}`);
			const listed = readPage(join(outDir, prefix, 'feeds', 'index.html')).querySelectorAll('a.feed-address');
			assert.equal(listed.length, expected.filter((feed) => feed.lang === lang).length + 1);
			for (const link of listed) {
				assert.ok(link.text.trim().startsWith(`${root}${prefix}`), `the /${prefix}feeds/ page shows ${link.text.trim()}`);
				assert.ok((link.getAttribute('href') ?? '').startsWith(`${BASE_PATH}${prefix}`), `the /${prefix}feeds/ page links ${link.getAttribute('href')}`);
			}
		});
	}
});
