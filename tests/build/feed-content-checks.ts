// Checks the HTML a feed carries for one entry: full (body with its components rendered, figures box,
// references), readable away from the site (every address absolute and pointing at something built),
// and free of anything a feed reader refuses.
import assert from 'node:assert/strict';
import { type HTMLElement, parse } from 'node-html-parser';
import { citedIn } from '../support/content-check.ts';
import { assertBuilt, builtFileOf } from './feed-expectations.ts';
import { type SiteEntry, readPage } from './support.ts';

export interface BuildContext {
	outDir: string;
	/** The site's address with its base, ending in "/". */
	root: string;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'longdesc', 'background', 'xlink:href']);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);
const REFUSED_ELEMENTS = 'script, noscript, style, link, meta, base, iframe, frame, object, embed, applet, form, input, button, textarea, select';
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Each address of a srcset ("a 360w, b 720w"); the site writes none with a comma inside. */
function srcsetUrls(srcset: string): string[] {
	return srcset
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);
}

const pages = new Map<string, HTMLElement>();
function builtPage(file: string): HTMLElement {
	let page = pages.get(file);
	if (!page) {
		page = readPage(file);
		pages.set(file, page);
	}
	return page;
}

/** An address is absolute with a safe scheme; one of the site leads to a built file, and its anchor to an id there. */
function assertAbsoluteAndLive(address: string, where: string, context: BuildContext): void {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		assert.fail(`${where}: "${address}" is not an absolute address`);
	}
	assert.ok(SAFE_PROTOCOLS.has(url.protocol), `${where}: "${address}" has the scheme ${url.protocol}`);
	const file = builtFileOf(context.outDir, context.root, address);
	if (file === undefined) return;
	assertBuilt(context.outDir, context.root, address, where);
	if (url.hash !== '' && file.endsWith('.html')) {
		const id = decodeURIComponent(url.hash.slice(1));
		assert.ok(builtPage(file).querySelector(`[id="${id}"]`), `${where}: ${address} points at no id "${id}" on that page`);
	}
}

/** Every address in the HTML is absolute and live; no element or attribute a reader refuses is left. */
export function checkFeedHtmlIsSafe(html: string, where: string, context: BuildContext): void {
	// Read raw first, so that a relative address cannot hide behind the parser's reading of it.
	assert.doesNotMatch(html, /\s(?:href|src|poster|cite)\s*=\s*["']?(?:\/|#|\.)/i, `${where}: a relative address is left`);
	const doc = parse(html, { comment: true });
	assert.deepEqual(
		doc.querySelectorAll(REFUSED_ELEMENTS).map((element) => element.tagName.toLowerCase()),
		[],
		`${where}: elements a feed reader refuses`,
	);
	assert.doesNotMatch(html, /<script|<style/i, `${where}: <script> or <style>`);
	for (const element of doc.querySelectorAll('*'))
		for (const [name, value] of Object.entries(element.attributes)) {
			const lower = name.toLowerCase();
			const at = `${where}: <${element.tagName.toLowerCase()} ${name}>`;
			assert.ok(!lower.startsWith('on'), `${at}: an event handler`);
			assert.notEqual(lower, 'style', `${at}: a style attribute`);
			if (URL_ATTRIBUTES.has(lower)) assertAbsoluteAndLive(value, at, context);
			if (SRCSET_ATTRIBUTES.has(lower)) for (const url of srcsetUrls(value)) assertAbsoluteAndLive(url, at, context);
		}
}

function count(text: string, pattern: RegExp): number {
	return [...text.matchAll(pattern)].length;
}

/** The feed holds the entry in full: the body with its components rendered, the figures box and the references. */
export function checkFeedHtmlIsComplete(html: string, entry: SiteEntry, page: string, where: string): void {
	const { data, body } = entry;
	const doc = parse(html);
	assert.doesNotMatch(html, /<(?:Cite|PullQuote|CallToAction)\b/, `${where}: an MDX component was left unrendered`);

	// Citation markers: links to the reference on the entry's page, with the reference's number.
	const cites = doc.querySelectorAll('sup.cite a');
	for (const link of cites) {
		const href = link.getAttribute('href') ?? '';
		assert.ok(href.startsWith(`${page}#ref-`), `${where}: citation link ${href} does not point at a reference on ${page}`);
		const id = href.slice(`${page}#ref-`.length);
		assert.equal(link.text.trim(), `[${data.sources.findIndex((source) => source.id === id) + 1}]`, `${where}: citation ${id} shows its reference's number`);
	}
	const cited = new Set(cites.map((link) => (link.getAttribute('href') ?? '').replace(/^.*#ref-/, '')));
	assert.deepEqual(cited, new Set(citedIn(body)), `${where}: every <Cite /> of the body is rendered`);

	assert.equal(doc.querySelectorAll('figure.pull-quote').length, count(body, /<PullQuote\b/g), `${where}: pull quotes`);
	assert.equal(doc.querySelectorAll('aside.call-to-action').length, count(body, /<CallToAction\b/g), `${where}: calls to action`);

	// The figures box: every frontmatter figure in order, its sources linked on the entry's page.
	const figures = doc.querySelectorAll('.figures-cited li.figure[data-figure-id]');
	assert.deepEqual(
		figures.map((item) => item.getAttribute('data-figure-id')),
		data.figures.map((figure) => figure.id),
		`${where}: the figures box lists the frontmatter figures`,
	);
	data.figures.forEach((figure, index) => {
		const links = figures[index]?.querySelectorAll('.figure-source a').map((link) => link.getAttribute('href')) ?? [];
		const expected = [figure.source, ...(figure.via === undefined ? [] : [figure.via])].map(({ id }) => `${page}#ref-${id}`);
		assert.deepEqual(links, expected, `${where}: figure ${figure.id} links its source on the entry's page`);
	});

	// The references: every frontmatter source, numbered in order.
	const references = doc.querySelectorAll('.reference-list li[data-source-id]');
	assert.deepEqual(
		references.map((item) => item.getAttribute('data-source-id')),
		data.sources.map(({ id }) => id),
		`${where}: the reference list lists the frontmatter sources`,
	);
	assert.deepEqual(
		references.map((item) => item.getAttribute('value')),
		data.sources.map((_, index) => String(index + 1)),
		`${where}: references are numbered`,
	);

	assert.equal(doc.querySelector('.summary-note') !== null, entry.collection === 'summaries', `${where}: summary note`);
	if (data.image) {
		const image = doc.querySelector('.featured-image img');
		assert.ok(image, `${where}: the featured image is missing`);
		assert.equal(image.getAttribute('alt'), data.image.alt, `${where}: the image's alt text`);
		assert.ok(srcsetUrls(image.getAttribute('srcset') ?? '').length >= 2, `${where}: the image has a srcset`);
	}
}
