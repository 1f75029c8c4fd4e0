import sanitizeHtml from 'sanitize-html';
import { LINK_PROTOCOLS } from '../../config/security.ts';
import { withoutNonXmlCharacters } from './characters.ts';

/**
 * Makes an entry's rendered HTML fit to travel in a feed, where it is read away from the site. Only
 * the elements and attributes on the lists below are kept (sanitize-html drops the rest); every address
 * becomes absolute (in-page anchors such as #ref-… become the page's address plus the anchor), and one
 * with a scheme other than http, https or mailto is dropped. Pure and independent of Astro, so that it
 * is unit-tested on its own (html.test.ts).
 */
export function prepareFeedHtml(html: string, pageUrl: string | URL): string {
	return withoutNonXmlCharacters(
		sanitizeHtml(html, {
			allowedTags: ALLOWED_ELEMENTS,
			allowedAttributes: ALLOWED_ATTRIBUTES,
			allowedSchemes: SAFE_SCHEMES,
			allowedSchemesByTag: {},
			allowedSchemesAppliedToAttributes: [...URL_ATTRIBUTES],
			allowProtocolRelative: false,
			nonTextTags: DROPPED_WITH_CONTENT,
			transformTags: { '*': (tagName, attribs) => ({ tagName, attribs: absoluteAddresses(attribs, pageUrl) }) },
		}),
	).trim();
}

/**
 * What an entry's body (Markdown, the MDX components, the HTML editors may write) and the boxes around
 * it (summary note, image, figures, references, corrections) are made of.
 */
export const ALLOWED_ELEMENTS = [
	...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr', 'br', 'div', 'section', 'aside'],
	...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'img'],
	...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
	...['a', 'em', 'strong', 'i', 'b', 'cite', 'q', 'abbr', 'code', 'kbd', 'sub', 'sup', 'small', 'del', 'ins', 's', 'span', 'time', 'mark', 'u'],
];

export const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
	'*': ['class', 'id', 'lang', 'title', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden'],
	a: ['href', 'hreflang', 'rel'],
	img: ['src', 'srcset', 'sizes', 'width', 'height', 'alt', 'loading', 'decoding'],
	blockquote: ['cite'],
	q: ['cite'],
	del: ['cite', 'datetime'],
	ins: ['cite', 'datetime'],
	time: ['datetime'],
	ol: ['start', 'reversed'],
	// value numbers a reference; the data- attributes name the figure or source an item is about.
	li: ['value', 'data-figure-id', 'data-source-id'],
	th: ['colspan', 'rowspan', 'scope'],
	td: ['colspan', 'rowspan'],
};

/** Elements whose content goes with them: code, styles, other documents, foreign markup (SVG, MathML), forms. */
const DROPPED_WITH_CONTENT = [
	...['script', 'style', 'noscript', 'template', 'textarea', 'option', 'xmp'],
	...['iframe', 'frameset', 'object', 'svg', 'math', 'form', 'select', 'button'],
];

/** Schemes a reader can follow safely, as sanitize-html names them: "https", not "https:". */
const SAFE_SCHEMES = [...LINK_PROTOCOLS].map((protocol) => protocol.slice(0, -1));

/** Allowed attributes holding one address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/** The attributes with every address made absolute, and without those that hold none a reader should follow. */
function absoluteAddresses(attributes: sanitizeHtml.Attributes, pageUrl: string | URL): sanitizeHtml.Attributes {
	const result: sanitizeHtml.Attributes = {};
	for (const [name, value] of Object.entries(attributes)) {
		const absolute = URL_ATTRIBUTES.has(name)
			? absoluteUrl(value, pageUrl)
			: name === 'srcset'
				? absoluteSrcset(value, pageUrl)
				: value;
		if (absolute !== undefined) result[name] = absolute;
	}
	return result;
}

/** The address resolved against the page it appears on; undefined when it is not one a reader should follow. */
export function absoluteUrl(address: string, pageUrl: string | URL): string | undefined {
	let url: URL;
	try {
		url = new URL(address.trim(), pageUrl);
	} catch {
		return undefined;
	}
	return LINK_PROTOCOLS.has(url.protocol) ? url.href : undefined;
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
