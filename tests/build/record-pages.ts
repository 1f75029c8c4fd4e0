// Checks of the figures, sources and timeline pages and of the /data/ exports against the content,
// shared by the test of the real site (record.test.ts) and of the good fixture (fixtures.test.ts).
// Every expectation is computed from the content as the project's loader reads it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { HTMLElement } from 'node-html-parser';
import { DEFAULT_LANGUAGE, type Language } from '../../src/i18n/languages.ts';
import { formatCount } from '../../src/lib/format.ts';
import { figureBounds } from '../../src/lib/record/bounds.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import { type SiteContent, type SiteEntry, languagePrefix, localized, readPage, textOf } from './support.ts';

export interface CitedFigure {
	figure: Figure;
	entry: SiteEntry;
}

/** What makes two figures the same report: same source, same words, same number, same date reported. */
export function sameReport(figure: Figure): string {
	return JSON.stringify([figure.source, figure.wording, figure.qualifier, figure.value, figure.min, figure.max, figure.reported.iso]);
}

export function publishedEntries(content: SiteContent): SiteEntry[] {
	return content.entries.filter((entry) => !entry.data.draft && entry.data.lang === DEFAULT_LANGUAGE);
}

/**
 * The address a language's pages link an entry at: its version in that language where it is translated,
 * the original otherwise (a language's lists hold every published piece).
 */
export function entryPathIn(content: SiteContent, entry: SiteEntry, lang: Language): string {
	const translated = content.entries.some(
		(candidate) => candidate.collection === entry.collection && candidate.id === entry.id && candidate.data.lang === lang && !candidate.data.draft,
	);
	return `/${translated ? languagePrefix(lang) : ''}${entry.collection}/${entry.id}/`;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export function publishedFigures(content: SiteContent): CitedFigure[] {
	return publishedEntries(content).flatMap((entry) => entry.data.figures.map((figure) => ({ figure, entry })));
}

function sorted(values: Iterable<string>): string[] {
	return [...values].sort();
}

/** The value of an attribute on each element, in document order. */
function attributes(elements: HTMLElement[], name: string): string[] {
	return elements.map((element) => element.getAttribute(name) ?? '');
}

export function figuresPage(outDir: string, lang: Language = DEFAULT_LANGUAGE): HTMLElement {
	return readPage(join(outDir, languagePrefix(lang), 'figures', 'index.html'));
}

/**
 * A language's figures page lists each published figure exactly once, in a row of its own report with
 * every other citation of it. Figures are the same in every language: only their words are translated.
 */
export function checkFiguresPage(outDir: string, content: SiteContent, lang: Language = DEFAULT_LANGUAGE): void {
	const page = figuresPage(outDir, lang);
	const cited = publishedFigures(content);
	const byId = new Map(cited.map((item) => [item.figure.id, item]));

	const listed = attributes(page.querySelectorAll('table.report-table a[data-figure-id]'), 'data-figure-id');
	assert.deepEqual(sorted(listed), sorted(byId.keys()), 'the figures page lists exactly the published figures, each once');

	const rows = page.querySelectorAll('table.report-table tbody tr[data-report-id]');
	const rowOfReport = new Map<string, string>();
	for (const row of rows) {
		const ids = attributes(row.querySelectorAll('a[data-figure-id]'), 'data-figure-id');
		const figures = ids.map((id) => byId.get(id)?.figure);
		const first = figures[0];
		assert.ok(first, `row ${row.getAttribute('data-report-id')} cites a figure`);
		for (const figure of figures) assert.equal(figure && sameReport(figure), sameReport(first), `row ${row.getAttribute('data-report-id')}: ${ids.join(', ')} are one report`);
		assert.equal(
			rowOfReport.get(sameReport(first)),
			undefined,
			`the report of ${first.id} has one row only on /${languagePrefix(lang)}figures/, but rows ${rowOfReport.get(sameReport(first))} and ${row.getAttribute('data-report-id')} hold it: a report is the same in every language`,
		);
		rowOfReport.set(sameReport(first), row.getAttribute('data-report-id') ?? '');
		assert.equal(textOf(row.querySelector('.report-number')).startsWith(formatCount(first, lang)), true, `row of ${first.id}: number`);
		assert.ok(
			row.querySelectorAll('.report-source a').some((link) => link.getAttribute('href')?.endsWith(`/${languagePrefix(lang)}sources/${first.source.id}/`)),
			`row of ${first.id} links to its source's page`,
		);
	}
	assert.equal(rows.length, new Set(cited.map(({ figure }) => sameReport(figure))).size, 'one row per distinct report');
	assert.equal(page.querySelectorAll('script').length, 0, 'the figures page runs no script');
}

/** Each chart is an SVG with a title and a description, one mark per row of its table, and no line joining marks. */
export function checkCharts(outDir: string, lang: Language = DEFAULT_LANGUAGE): void {
	const page = figuresPage(outDir, lang);
	const sections = page.querySelectorAll('section.record-category');
	assert.ok(sections.length > 0, 'the figures page has categories');
	for (const section of sections) {
		const category = section.getAttribute('data-category');
		const svg = section.querySelector('svg');
		if (category === 'other') {
			assert.equal(svg, null, 'unlike figures are not charted together');
			continue;
		}
		assert.ok(svg, `${category}: a chart`);
		assert.equal(svg.getAttribute('role'), 'img');
		assert.match(svg.getAttribute('viewBox') ?? '', /^0 0 \d+ \d+$/);
		assert.equal(svg.getAttribute('width'), '100%');
		const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
		assert.equal(svg.querySelector(`title[id="${titleId}"]`)?.parentNode, svg, `${category}: the chart's own title names it`);
		assert.ok(textOf(svg.querySelector(`desc[id="${descId}"]`)).length > 0, `${category}: the chart has a description`);
		const marks = attributes(svg.querySelectorAll('.chart-mark'), 'data-report-id');
		const rows = attributes(section.querySelectorAll('table.report-table tbody tr'), 'data-report-id');
		assert.deepEqual(sorted(marks), sorted(rows), `${category}: one mark per report in the table`);
		assert.equal(svg.querySelectorAll('.chart-marks line, .chart-marks polyline').length, 0, `${category}: no line joins marks`);
	}
}

/** A language's sources index lists every source once, by its title in that language, linked to its page in that language. */
export function checkSourcesIndex(outDir: string, content: SiteContent, lang: Language = DEFAULT_LANGUAGE): void {
	const page = readPage(join(outDir, languagePrefix(lang), 'sources', 'index.html'));
	const items = page.querySelectorAll('li[data-source-id]');
	const sources = localized(content.sources, lang);
	assert.deepEqual(sorted(attributes(items, 'data-source-id')), sorted(content.sources.keys()), 'the sources index lists every source once');
	for (const item of items) {
		const id = item.getAttribute('data-source-id');
		assert.ok(item.querySelector('.reference-title a')?.getAttribute('href')?.endsWith(`/${languagePrefix(lang)}sources/${id}/`), `${id} links to its page`);
		// A descriptive title is shown in brackets, marked as ours.
		assert.ok(textOf(item.querySelector('.reference-title')).includes(collapse(sources.get(id ?? '')?.title ?? '')), `${id}: its title in ${lang}`);
		assert.equal(item.querySelector('.party-label') !== null, content.sources.get(id ?? '')?.partyToEvents, `${id}: party label`);
	}
}

/**
 * Each of a language's source pages lists exactly the published entries that cite it (in that language
 * where they are translated), and the figures it counted or relayed.
 */
export function checkSourcePages(outDir: string, content: SiteContent, lang: Language = DEFAULT_LANGUAGE): void {
	const entries = publishedEntries(content);
	const cited = publishedFigures(content);
	const sources = localized(content.sources, lang);
	for (const [id, source] of content.sources) {
		const page = readPage(join(outDir, languagePrefix(lang), 'sources', id, 'index.html'));
		const listed = page.querySelectorAll('.source-cited-in .entry-card-title a').map((link) => link.getAttribute('href') ?? '');
		const expected = entries.filter((entry) => entry.data.sources.some((source) => source.id === id)).map((entry) => entryPathIn(content, entry, lang));
		assert.deepEqual(
			sorted(listed.map((href) => href.replace(/^.*?(\/(?:[a-z]{2}\/)?(?:articles|summaries)\/)/, '$1'))),
			sorted(expected),
			`${languagePrefix(lang)}sources/${id}/ lists exactly its citing entries`,
		);
		assert.ok(textOf(page.querySelector('h1')).includes(collapse(sources.get(id)?.title ?? '')), `${languagePrefix(lang)}sources/${id}/: its title in ${lang}`);
		const notes = sources.get(id)?.notes;
		if (notes) assert.ok(textOf(page.querySelector('main')).includes(collapse(notes)), `${languagePrefix(lang)}sources/${id}/: its notes in ${lang}`);
		const figuresIn = (selector: string) => sorted(attributes(page.querySelectorAll(`${selector} a[data-figure-id]`), 'data-figure-id'));
		assert.deepEqual(figuresIn('.source-counted'), sorted(cited.filter(({ figure }) => figure.source.id === id).map(({ figure }) => figure.id)), `sources/${id}/: figures it counted`);
		assert.deepEqual(figuresIn('.source-relayed'), sorted(cited.filter(({ figure }) => figure.via?.id === id).map(({ figure }) => figure.id)), `sources/${id}/: figures known through it`);
		assert.equal(page.querySelector('.party-note') !== null, source.partyToEvents, `sources/${id}/: party note`);
		const events = [...content.events].filter(([, event]) => event.sources.some((source) => source.id === id)).map(([eventId]) => eventId);
		assert.deepEqual(sorted(attributes(page.querySelectorAll('.source-events a[data-event-id]'), 'data-event-id')), sorted(events), `sources/${id}/: events`);
	}
}

/** A language's timeline holds every event once, in that language, with the published entries that cover it. */
export function checkTimeline(outDir: string, content: SiteContent, lang: Language = DEFAULT_LANGUAGE): void {
	const page = readPage(join(outDir, languagePrefix(lang), 'timeline', 'index.html'));
	const items = page.querySelectorAll('li.timeline-event');
	assert.deepEqual(sorted(attributes(items, 'data-event-id')), sorted(content.events.keys()), 'the timeline lists every event once');
	const entries = publishedEntries(content);
	const events = localized(content.events, lang);
	for (const item of items) {
		const id = item.getAttribute('data-event-id') ?? '';
		const event = events.get(id);
		assert.ok(event);
		assert.equal(textOf(item.querySelector('h3')), collapse(event.title), `${id}: its title in ${lang}`);
		assert.ok(textOf(item).includes(collapse(event.description)), `${id}: its description in ${lang}`);
		assert.equal(item.getAttribute('id'), `event-${id}`, `${id}: the anchor entries link to`);
		assert.equal(item.querySelector('time')?.getAttribute('datetime'), event.date.iso, `${id}: date at its precision`);
		assert.deepEqual(
			sorted(attributes(item.querySelectorAll('.timeline-sources a[data-source-id]'), 'data-source-id')),
			sorted(event.sources.map((source) => source.id)),
			`${id}: sources`,
		);
		const covering = entries.filter((entry) => entry.data.events.some((event) => event.id === id));
		assert.deepEqual(
			sorted(attributes(item.querySelectorAll('.timeline-covered a[data-entry-id]'), 'data-entry-id')),
			sorted(covering.map((entry) => entry.id)),
			`${id}: the published entries that cover it`,
		);
		const hrefs = item.querySelectorAll('.timeline-covered a[data-entry-id]').map((link) => link.getAttribute('href') ?? '');
		for (const entry of covering)
			assert.ok(
				hrefs.some((href) => href.endsWith(entryPathIn(content, entry, lang))),
				`${id}: links ${entry.id} at ${entryPathIn(content, entry, lang)} (${hrefs.join(', ')})`,
			);
	}
	const dates = items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? '');
	assert.deepEqual(dates, dates.toSorted((a, b) => a.slice(0, 4).localeCompare(b.slice(0, 4))), 'events run in order of year');
}

function readData(outDir: string, file: string): string {
	const path = join(outDir, 'data', file);
	assert.ok(existsSync(path), `no ${path}`);
	return readFileSync(path, 'utf8');
}

/** The exports parse, hold one row per published figure with the content's values, and agree with the pages. */
export function checkExports(outDir: string, content: SiteContent): void {
	const json = JSON.parse(readData(outDir, 'figures.json'));
	assert.equal(typeof json.schemaVersion, 'number');
	assert.equal(json.licence?.id, 'CC-BY-4.0');
	const rows: Record<string, unknown>[] = json.figures;
	const cited = new Map(publishedFigures(content).map((item) => [item.figure.id, item]));
	assert.deepEqual(sorted(rows.map((row) => String(row.figure_id))), sorted(cited.keys()), 'figures.json: one row per published figure');

	const page = figuresPage(outDir);
	for (const row of rows) {
		const item = cited.get(String(row.figure_id));
		assert.ok(item);
		const { figure, entry } = item;
		const bounds = figureBounds(figure);
		assert.deepEqual(
			[row.article_id, row.category, row.qualifier, row.value, row.min, row.max, row.wording, row.reported, row.source_id, row.via_id],
			[entry.id, figure.category, figure.qualifier, figure.value ?? null, figure.min ?? null, figure.max ?? null, figure.wording, figure.reported.iso, figure.source.id, figure.via?.id ?? null],
			`figures.json row ${figure.id}`,
		);
		assert.deepEqual([row.lower_bound, row.upper_bound], [bounds.lower, bounds.upper], `figures.json row ${figure.id}: bounds`);
		assert.equal(row.source_party_to_events, content.sources.get(figure.source.id)?.partyToEvents, `figures.json row ${figure.id}: party`);
		const onPage = page.querySelector(`table.report-table a[data-figure-id="${figure.id}"]`)?.closest('tr');
		assert.equal(row.report_id, onPage?.getAttribute('data-report-id'), `figures.json row ${figure.id}: the report row it sits in on the figures page`);
	}

	const csv: Record<string, string>[] = parseCsv(readData(outDir, 'figures.csv'), { columns: true });
	assert.equal(csv.length, rows.length, 'figures.csv has the rows of figures.json');
	csv.forEach((record, index) => {
		const row = rows[index] ?? {};
		for (const column of json.columns as string[]) {
			const cell = row[column];
			assert.equal(record[column], cell === null ? '' : String(cell), `figures.csv row ${index + 1}, ${column}`);
		}
		assert.equal(record.schema_version, String(json.schemaVersion));
		assert.equal(record.licence, json.licence.id);
	});

	const sources = JSON.parse(readData(outDir, 'sources.json'));
	assert.equal(sources.schemaVersion, json.schemaVersion);
	assert.deepEqual(sorted(sources.sources.map((source: { id: string }) => source.id)), sorted(content.sources.keys()), 'sources.json: every source');
	const entries = publishedEntries(content);
	for (const source of sources.sources as { id: string; cited_by: string[] }[])
		assert.deepEqual(
			sorted(source.cited_by),
			sorted(entries.filter((entry) => entry.data.sources.some(({ id }) => id === source.id)).map((entry) => entry.id)),
			`sources.json ${source.id}: cited_by`,
		);

	const events = JSON.parse(readData(outDir, 'events.json'));
	assert.equal(events.schemaVersion, json.schemaVersion);
	const timeline = readPage(join(outDir, 'timeline', 'index.html'));
	assert.deepEqual(
		events.events.map((event: { id: string }) => event.id),
		attributes(timeline.querySelectorAll('li.timeline-event'), 'data-event-id'),
		'events.json: the events of the timeline, in its order',
	);
}
