// Page-weight budgets (src/config/budgets.ts) on the built site in dist/ (run `node scripts/build.ts` first):
// the gzip size of each page's HTML plus every same-origin stylesheet, script, preload and icon it
// references, and the JavaScript it loads. An entry's content images are not counted.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { BUDGETS } from '../../src/config/budgets.ts';
import { SITE } from '../../src/config/site.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { builtSiteDir, listFiles } from './support.ts';

const outDir = builtSiteDir();
const base = SITE.base.replace(/\/?$/, '/');
const origin = new URL(SITE.url).origin;

interface Weight {
	page: string;
	gzipBytes: number;
	scriptBytes: number;
	files: string[];
}

const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The built file a same-origin address refers to, or undefined for another origin or a missing file. */
function fileFor(href: string, pagePath: string): string | undefined {
	const url = new URL(href, new URL(pagePath, origin));
	if (url.origin !== origin || !url.pathname.startsWith(base)) return undefined;
	const inside = decodeURIComponent(url.pathname.slice(base.length));
	const file = join(outDir, inside.endsWith('/') || inside === '' ? join(inside, 'index.html') : inside);
	return existsSync(file) ? file : undefined;
}

/** What a page costs a reader, content images apart. */
export function pageWeight(relativeHtml: string): Weight {
	const html = readFileSync(join(outDir, relativeHtml), 'utf8');
	const pagePath = `${base}${relativeHtml.split(sep).join('/').replace(/index\.html$/, '')}`;
	const root = parse(html);
	const contentImages = new Set(
		root.querySelectorAll('article img, .featured-image img, figure img').flatMap((img) => [img.getAttribute('src') ?? '']),
	);
	const scripts = new Set<string>();
	const others = new Set<string>();
	for (const link of root.querySelectorAll('link[href]')) {
		const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
		const href = link.getAttribute('href') ?? '';
		if (rel.includes('modulepreload')) scripts.add(href);
		else if (rel.includes('preload') && link.getAttribute('as') === 'script') scripts.add(href);
		else if (rel.includes('preload') && link.getAttribute('as') === 'image' && contentImages.has(href)) continue;
		else if (rel.some((value) => ['stylesheet', 'preload', 'icon', 'apple-touch-icon', 'manifest'].includes(value))) others.add(href);
	}
	let inlineScriptBytes = 0;
	for (const script of root.querySelectorAll('script')) {
		const type = (script.getAttribute('type') ?? '').toLowerCase();
		if (type !== '' && type !== 'module' && !type.includes('javascript')) continue; // JSON-LD and other data
		const src = script.getAttribute('src');
		if (src) scripts.add(src);
		else inlineScriptBytes += Buffer.byteLength(script.innerHTML);
	}
	const files: string[] = [];
	let gzipBytes = gzipSize(html);
	let scriptBytes = inlineScriptBytes;
	for (const href of new Set([...scripts, ...others])) {
		const file = fileFor(href, pagePath);
		if (!file) continue;
		const bytes = readFileSync(file);
		gzipBytes += gzipSize(bytes);
		if (scripts.has(href)) scriptBytes += bytes.length;
		files.push(href);
	}
	return { page: relativeHtml, gzipBytes, scriptBytes, files };
}

const pages = existsSync(outDir) ? listFiles(outDir).filter((file) => file.endsWith('index.html')) : [];
const unprefixed = (file: string) => {
	const parts = file.split(sep);
	return LANGUAGES.includes(parts[0] as (typeof LANGUAGES)[number]) ? parts.slice(1) : parts;
};
const entryPages = pages.filter((file) => /^(articles|summaries)$/.test(unprefixed(file)[0] ?? '') && unprefixed(file).length === 3);
const listingPages = pages.filter((file) => {
	const parts = unprefixed(file);
	return parts.length === 1 || ['archive', 'topics'].includes(parts[0] ?? '');
});

function report(weights: Weight[], over: (weight: Weight) => boolean, what: string): void {
	const offending = weights.filter(over);
	assert.deepEqual(
		offending.map((weight) => weight.page),
		[],
		`${what}:\n${offending.map((weight) => `  ${weight.page}: ${kib(weight.gzipBytes)} gzip, ${weight.scriptBytes} bytes of JavaScript (${weight.files.join(', ')})`).join('\n')}`,
	);
}

before(() => {
	assert.ok(existsSync(join(outDir, 'index.html')), `no built site in ${outDir}: run \`node scripts/build.ts\` first`);
});

describe('page weight', () => {
	it('finds the pages to weigh', () => {
		assert.ok(entryPages.some((file) => unprefixed(file)[0] === 'articles'), 'no article page');
		assert.ok(entryPages.some((file) => unprefixed(file)[0] === 'summaries'), 'no summary page');
		assert.ok(listingPages.includes('index.html'), 'no home page');
		assert.ok(listingPages.some((file) => unprefixed(file)[0] === 'archive'), 'no archive page');
		assert.ok(listingPages.some((file) => unprefixed(file)[0] === 'topics' && unprefixed(file).length > 2), 'no topic page');
	});

	it('counts the stylesheet of every page', () => {
		for (const file of [...entryPages, ...listingPages])
			assert.ok(pageWeight(file).files.some((href) => href.endsWith('.css')), `${file}: no same-origin stylesheet found`);
	});

	it(`keeps every article and summary page within ${kib(BUDGETS.entryGzipBytes)} gzip and without JavaScript`, () => {
		const weights = entryPages.map(pageWeight);
		report(weights, (weight) => weight.gzipBytes > BUDGETS.entryGzipBytes, `entry pages over ${kib(BUDGETS.entryGzipBytes)} gzip`);
		report(weights, (weight) => weight.scriptBytes > BUDGETS.entryScriptBytes, 'entry pages that load JavaScript');
	});

	it(`keeps the home, archive and topic pages within ${kib(BUDGETS.listingGzipBytes)} gzip`, () => {
		report(listingPages.map(pageWeight), (weight) => weight.gzipBytes > BUDGETS.listingGzipBytes, `listing pages over ${kib(BUDGETS.listingGzipBytes)} gzip`);
	});

	it('prints the weights', () => {
		const rows = [...entryPages, ...listingPages].map(pageWeight);
		console.table(Object.fromEntries(rows.map((row) => [row.page, { gzipKiB: +(row.gzipBytes / 1024).toFixed(1), scriptBytes: row.scriptBytes }])));
	});
});
