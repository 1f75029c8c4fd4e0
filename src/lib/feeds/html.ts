import { type HTMLElement, parse } from 'node-html-parser';

/**
 * Makes an entry's rendered HTML fit to travel in a feed, where it is read away from the site: every
 * address becomes absolute (in-page anchors such as #ref-… become the page's address plus the anchor),
 * and whatever a feed reader would refuse or strip is taken out first — scripts, styles, embedded
 * frames and forms, event-handler and style attributes, and links to javascript: or other schemes.
 * Pure and independent of Astro, so that it is unit-tested on its own (feed-html.test.ts).
 */
export function prepareFeedHtml(html: string, pageUrl: string | URL): string {
	// Only script and style are read as raw text: the content of every other element (pre included) is
	// parsed, so that nothing inside it escapes the cleaning.
	const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
	for (const element of root.querySelectorAll('*')) {
		if (DROPPED_ELEMENTS.has(element.tagName.toLowerCase())) {
			element.remove();
			continue;
		}
		cleanAttributes(element, pageUrl);
	}
	return root.toString().trim();
}

/** Elements that run code, load other pages or styles, or take input: none belongs in a feed item. */
const DROPPED_ELEMENTS = new Set([
	'script',
	'noscript',
	'style',
	'link',
	'meta',
	'base',
	'template',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'portal',
	'form',
	'input',
	'button',
	'select',
	'textarea',
]);

/** Attributes holding one address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'longdesc', 'background', 'xlink:href']);

/** Attributes holding a list of image candidates: "a.webp 360w, b.webp 720w". */
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);

/** Schemes a reader can follow safely; anything else (javascript:, data:, vbscript: …) is dropped. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

function isDroppedAttribute(name: string): boolean {
	return (
		name.startsWith('on') || // onclick, onerror …: event handlers
		name === 'style' ||
		name === 'srcdoc' ||
		name === 'formaction' ||
		name.startsWith('data-astro-') // Astro's scoping and dev-tool markers: meaningless outside the site
	);
}

function cleanAttributes(element: HTMLElement, pageUrl: string | URL): void {
	for (const [rawName, value] of Object.entries(element.attributes)) {
		const name = rawName.toLowerCase();
		if (isDroppedAttribute(name)) element.removeAttribute(rawName);
		else if (URL_ATTRIBUTES.has(name)) replaceOrDrop(element, rawName, absoluteUrl(value, pageUrl));
		else if (SRCSET_ATTRIBUTES.has(name)) replaceOrDrop(element, rawName, absoluteSrcset(value, pageUrl));
	}
}

function replaceOrDrop(element: HTMLElement, name: string, value: string | undefined): void {
	if (value === undefined) element.removeAttribute(name);
	// node-html-parser writes the value as given, quoting only double quotes: escape ampersands too.
	else element.setAttribute(name, value.replaceAll('&', '&amp;'));
}

/** The address resolved against the page it appears on; undefined when it is not one a reader should follow. */
export function absoluteUrl(address: string, pageUrl: string | URL): string | undefined {
	let url: URL;
	try {
		url = new URL(address.trim(), pageUrl);
	} catch {
		return undefined;
	}
	return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/** A srcset with every candidate's address made absolute; undefined when no candidate is left. */
export function absoluteSrcset(srcset: string, pageUrl: string | URL): string | undefined {
	const candidates = parseSrcset(srcset).flatMap(({ url, descriptor }) => {
		const absolute = absoluteUrl(url, pageUrl);
		if (absolute === undefined) return [];
		// A comma inside an address would read as the end of the candidate.
		const safe = absolute.replaceAll(',', '%2C');
		return [descriptor === '' ? safe : `${safe} ${descriptor}`];
	});
	return candidates.length === 0 ? undefined : candidates.join(', ');
}

/**
 * Splits a srcset into its candidates as the HTML standard does: an address is a run of characters
 * without white space (it may contain commas, but not end with one), then descriptors up to a comma.
 */
export function parseSrcset(srcset: string): { url: string; descriptor: string }[] {
	const candidates: { url: string; descriptor: string }[] = [];
	let index = 0;
	while (index < srcset.length) {
		while (index < srcset.length && /[\s,]/.test(srcset[index] ?? '')) index += 1;
		if (index >= srcset.length) break;
		const start = index;
		while (index < srcset.length && !/\s/.test(srcset[index] ?? '')) index += 1;
		let url = srcset.slice(start, index);
		let descriptor = '';
		if (url.endsWith(',')) url = url.replace(/,+$/, '');
		else {
			const descriptorStart = index;
			let depth = 0;
			while (index < srcset.length && (srcset[index] !== ',' || depth > 0)) {
				if (srcset[index] === '(') depth += 1;
				else if (srcset[index] === ')') depth = Math.max(0, depth - 1);
				index += 1;
			}
			descriptor = srcset.slice(descriptorStart, index).trim().replace(/\s+/g, ' ');
		}
		candidates.push({ url, descriptor });
	}
	return candidates;
}
