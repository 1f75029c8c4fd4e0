// Every internal address in the built site resolves to a file of the build: href, src and srcset in
// every page (base path respected; a #fragment must name an id on its target page), and the site's own
// addresses in the feeds and sitemaps. Every image has alt text; an empty alt only on decorative images.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { type HTMLElement, parse } from 'node-html-parser';
import { SITE } from '../../src/config/site.ts';
import { builtSiteDir, listFiles } from './support.ts';

const outDir = builtSiteDir();
const trimmedBase = SITE.base.replace(/^\/+|\/+$/g, '');
const BASE = trimmedBase === '' ? '/' : `/${trimmedBase}/`;
const ORIGIN = new URL(SITE.url).origin;

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	let ids = idCache.get(file);
	if (!ids) {
		const page = parse(readFileSync(join(outDir, file), 'utf8'));
		ids = new Set(page.querySelectorAll('[id]').map((element) => element.getAttribute('id') ?? ''));
		for (const element of page.querySelectorAll('a[name]')) ids.add(element.getAttribute('name') ?? '');
		idCache.set(file, ids);
	}
	return ids;
}

/** The file of the build an address of the site names, or a problem. */
function resolveTarget(url: URL): { file?: string; problem?: string } {
	const path = decodeURIComponent(url.pathname);
	if (!path.startsWith(BASE)) return { problem: `outside the base ${BASE}` };
	let file = path.slice(BASE.length);
	if (file === '' || file.endsWith('/')) file += 'index.html';
	const full = join(outDir, file);
	if (!existsSync(full) || !statSync(full).isFile()) return { problem: `no file ${file} in the build` };
	return { file };
}

function checkUrl(raw: string, pageUrl: URL, where: string, problems: string[]): void {
	if (raw === '' || /^(mailto|tel|data|javascript):/i.test(raw)) return;
	const url = new URL(raw, pageUrl);
	if (url.origin !== pageUrl.origin) return;
	const target = resolveTarget(url);
	if (target.problem) return void problems.push(`${where}: ${raw} → ${target.problem}`);
	if (url.hash.length > 1 && target.file?.endsWith('.html')) {
		const id = decodeURIComponent(url.hash.slice(1));
		if (!idsOf(target.file).has(id)) problems.push(`${where}: ${raw} → no element with id "${id}" on ${target.file}`);
	}
}

function isDecorative(element: HTMLElement): boolean {
	for (let node: HTMLElement | null = element; node; node = node.parentNode)
		if (node.getAttribute?.('aria-hidden') === 'true' || ['presentation', 'none'].includes(node.getAttribute?.('role') ?? '')) return true;
	return false;
}

const files = existsSync(outDir) ? listFiles(outDir) : [];
const pages = files.filter((file) => file.endsWith('.html'));

it('every internal href, src and srcset of every page resolves to a file of the build, anchors included', () => {
	assert.ok(pages.length > 0, `no built pages in ${outDir}`);
	const problems: string[] = [];
	let checked = 0;
	for (const file of pages) {
		const path = file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
		const pageUrl = new URL(`${BASE}${path}`, ORIGIN);
		const page = parse(readFileSync(join(outDir, file), 'utf8'));
		for (const element of page.querySelectorAll('[href], [src], [srcset]')) {
			const where = `${file} <${element.rawTagName}>`;
			for (const name of ['href', 'src']) {
				const value = element.getAttribute(name);
				if (value !== undefined) {
					checked++;
					checkUrl(value, pageUrl, where, problems);
				}
			}
			for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
				const url = candidate.trim().split(/\s+/)[0];
				if (url) {
					checked++;
					checkUrl(url, pageUrl, where, problems);
				}
			}
		}
	}
	assert.ok(checked > pages.length, 'hardly any links were checked');
	assert.deepEqual(problems, [], `${problems.length} broken internal links:\n${problems.join('\n')}`);
});

it('every address of the site in the feeds, sitemaps and open data resolves to a file of the build', () => {
	const siteRoot = new URL(BASE, SITE.url).href;
	const escaped = siteRoot.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
	const problems: string[] = [];
	const documents = files.filter((file) => /\.(xml|json)$/.test(file) && !file.startsWith('pagefind/'));
	assert.ok(documents.includes('rss.xml') && documents.includes('feed.json'));
	for (const file of documents) {
		const text = readFileSync(join(outDir, file), 'utf8');
		for (const match of text.matchAll(new RegExp(`${escaped}[^"'<>&\\\\\\s)]*`, 'g'))) {
			const raw = match[0].replace(/&amp;/g, '&');
			checkUrl(raw, new URL(siteRoot), file, problems);
		}
	}
	assert.deepEqual(problems, [], `${problems.length} broken addresses:\n${problems.join('\n')}`);
});

it('every image has an alt attribute, empty only when the image is marked decorative', () => {
	const problems: string[] = [];
	for (const file of pages)
		for (const image of parse(readFileSync(join(outDir, file), 'utf8')).querySelectorAll('img')) {
			const alt = image.getAttribute('alt');
			if (alt === undefined) problems.push(`${file}: <img src="${image.getAttribute('src')}"> has no alt`);
			else if (alt.trim() === '' && !isDecorative(image))
				problems.push(`${file}: <img src="${image.getAttribute('src')}"> has an empty alt but is not marked decorative`);
		}
	assert.deepEqual(problems, [], problems.join('\n'));
});
