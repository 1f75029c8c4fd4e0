// Checks the figures, sources and timeline pages and the open-data exports of the built site in dist/
// (run `node scripts/build.ts` first) against the real content folder.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { contentDir } from '../../src/content-model/collections.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { checkCharts, checkExports, checkFiguresPage, checkSourcePages, checkSourcesIndex, checkTimeline, publishedFigures, sameReport } from './record-pages.ts';
import { builtSiteDir, languagePrefix, loadSiteContent } from './support.ts';

const outDir = builtSiteDir();
const content = loadSiteContent(contentDir());

before(() => {
	assert.ok(existsSync(join(outDir, 'index.html')), `no built site in ${outDir}: run \`node scripts/build.ts\` first`);
});

describe('the record', () => {
	it('has figures, sources and events to check, and figures cited twice under different ids', () => {
		const figures = publishedFigures(content);
		assert.ok(figures.length > 0, 'no published figure');
		assert.ok(content.sources.size > 0 && content.events.size > 0, 'no sources or no events');
		const ids = new Set(figures.map(({ figure }) => figure.id));
		assert.equal(ids.size, figures.length);
		const reports = new Set(figures.map(({ figure }) => sameReport(figure)));
		assert.ok(reports.size < figures.length, 'no report is cited by two entries, so grouping goes untested');
	});

	for (const lang of LANGUAGES) {
		const at = `/${languagePrefix(lang)}`;
		it(`the figures page at ${at}figures/ holds exactly the figures in the content, one row per report`, () => checkFiguresPage(outDir, content, lang));
		it(`each category but "other" on ${at}figures/ has an accessible chart with one mark per report`, () => checkCharts(outDir, lang));
		it(`the sources index at ${at}sources/ lists every source, by its title in ${lang}`, () => checkSourcesIndex(outDir, content, lang));
		it(`each source page under ${at}sources/ lists exactly its citing entries, figures and events`, () => checkSourcePages(outDir, content, lang));
		it(`the timeline at ${at}timeline/ lists every event in ${lang} with the entries that cover it`, () => checkTimeline(outDir, content, lang));
	}
	it('the exports parse and match the content and the pages', () => checkExports(outDir, content));
});
