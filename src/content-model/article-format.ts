import { LINK_PROTOCOLS } from '../config/security.ts';
import { hiddenCharacter } from '../schemas/text.ts';
import type { BodyNode } from './body.ts';

/**
 * The closed article format: what the body of an article, summary, page or translation may hold.
 * An MDX body is a program; this keeps it data. Markdown, the site's components and a short list of
 * HTML elements are allowed, with literal attribute values only; nothing else is.
 */

/** What an attribute holds: words, a link (checked as LINK_SCHEMES says), or a language code. */
type AttributeKind = 'text' | 'link' | 'language';

interface ElementRule {
	attributes: Record<string, AttributeKind>;
	required?: readonly string[];
}

/** The site's components (src/components/mdx/index.ts renders them), with the attributes each takes. */
export const COMPONENTS = {
	Cite: { attributes: { id: 'text' }, required: ['id'] },
	PullQuote: {
		attributes: { by: 'text', role: 'text', source: 'text', lang: 'language', translation: 'text' },
		required: ['by', 'source'],
	},
	CallToAction: { attributes: { title: 'text', href: 'link', action: 'text' }, required: ['title'] },
} as const satisfies Record<string, ElementRule>;

export type ComponentName = keyof typeof COMPONENTS;

/** Attributes any allowed HTML element may carry. */
const GLOBAL: Record<string, AttributeKind> = { lang: 'language', title: 'text' };

/** HTML that editors need beside Markdown: inline marks, a language span, and links and images written as HTML. */
export const HTML_ELEMENTS: Record<string, ElementRule> = {
	a: { attributes: { href: 'link', hreflang: 'language' }, required: ['href'] },
	abbr: { attributes: {} },
	b: { attributes: {} },
	br: { attributes: {} },
	cite: { attributes: {} },
	code: { attributes: {} },
	del: { attributes: { cite: 'link', datetime: 'text' } },
	em: { attributes: {} },
	i: { attributes: {} },
	img: { attributes: { src: 'link', alt: 'text', width: 'text', height: 'text' }, required: ['src', 'alt'] },
	ins: { attributes: { cite: 'link', datetime: 'text' } },
	kbd: { attributes: {} },
	mark: { attributes: {} },
	q: { attributes: { cite: 'link' } },
	s: { attributes: {} },
	small: { attributes: {} },
	span: { attributes: {} },
	strong: { attributes: {} },
	sub: { attributes: {} },
	sup: { attributes: {} },
	time: { attributes: { datetime: 'text' } },
	u: { attributes: {} },
};

/** Markdown's own nodes: what the MDX parser makes of plain Markdown (GitHub-flavoured), frontmatter included. */
const MARKDOWN = new Set([
	'root',
	'yaml',
	'paragraph',
	'heading',
	'thematicBreak',
	'blockquote',
	'list',
	'listItem',
	'table',
	'tableRow',
	'tableCell',
	'code',
	'inlineCode',
	'emphasis',
	'strong',
	'delete',
	'break',
	'text',
	'link',
	'image',
	'linkReference',
	'imageReference',
	'definition',
	'footnoteDefinition',
	'footnoteReference',
]);

const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Whether a link may be followed by a reader: http(s), mailto, or an address on this site (relative,
 * root-relative or a #fragment). Browsers drop tabs and newlines inside addresses, so the URL parser
 * reads it as they would; "java\tscript:" is javascript:.
 */
export function isSafeLink(address: string): boolean {
	const base = 'https://this-site.invalid/page/';
	let url: URL;
	try {
		url = new URL(address, base);
	} catch {
		return false;
	}
	if (url.origin === new URL(base).origin) return !/^\s*\/\//.test(address);
	return LINK_PROTOCOLS.has(url.protocol);
}

/** One thing the format does not allow, at a line of the body's node. */
export interface Refusal {
	node: BodyNode;
	message: string;
}

const ALLOWED_SCHEMES = 'http(s), mailto, an address on this site or a #fragment';

function attributeValue(node: BodyNode, name: string): unknown {
	return node.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name)?.value;
}

function checkElement(node: BodyNode, refuse: (message: string) => void): void {
	const name = node.name ?? '';
	if (name === '') return refuse('a fragment (<>…</>) is not allowed: write the text without it');
	const component = (COMPONENTS as Record<string, ElementRule>)[name];
	const rule = component ?? HTML_ELEMENTS[name];
	if (!rule) {
		const allowed = /^[A-Z]/.test(name) ? `the components are ${Object.keys(COMPONENTS).join(', ')}` : 'see the README for the HTML an article may use';
		return refuse(`<${name}> is not allowed in an article; ${allowed}`);
	}
	const attributes = component ? rule.attributes : { ...GLOBAL, ...rule.attributes };
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
			refuse(`<${name} {…}>: attributes are written as name="value"; expressions in braces are not allowed`);
			continue;
		}
		const attributeName = attribute.name;
		const kind = attributes[attributeName];
		if (kind === undefined) {
			const why = /^on/i.test(attributeName) ? ' (it would run a script)' : attributeName === 'style' ? ' (the site has one stylesheet)' : '';
			refuse(`<${name} ${attributeName}="…">: the attribute ${attributeName} is not allowed${why}`);
			continue;
		}
		const { value } = attribute;
		if (value === null || value === undefined) refuse(`<${name} ${attributeName}>: give it a value, ${attributeName}="…"`);
		else if (typeof value !== 'string') refuse(`<${name} ${attributeName}={…}>: write the value in quotes; expressions in braces are not allowed`);
		else if (kind === 'link' && !isSafeLink(value))
			refuse(`<${name} ${attributeName}="${value}">: a link must be ${ALLOWED_SCHEMES}`);
		else if (kind === 'language' && !LANGUAGE_CODE.test(value))
			refuse(`<${name} ${attributeName}="${value}">: must be a language code such as en, es or pt-BR`);
		else {
			const hidden = hiddenCharacter(value, `<${name} ${attributeName}="…">`);
			if (hidden) refuse(hidden);
		}
	}
	for (const required of rule.required ?? [])
		if (typeof attributeValue(node, required) !== 'string') refuse(`<${name}> needs ${required}="…"`);
}

/** Everything in a parsed body that the closed format does not allow, in document order. */
export function refusals(nodes: Iterable<BodyNode>): Refusal[] {
	const found: Refusal[] = [];
	for (const node of nodes) {
		const refuse = (message: string) => found.push({ node, message });
		if (node.type === 'mdxjsEsm') refuse('import and export are not allowed in an article: the site’s components need no import');
		else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
			refuse('{…} is not allowed in an article: it would run as code; to show braces, write &#123; and &#125;');
		else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkElement(node, refuse);
		else if (!MARKDOWN.has(node.type)) refuse(`${node.type} is not part of the article format`);
		else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeLink(node.url ?? ''))
			refuse(`the link "${node.url}" is not allowed: a link must be ${ALLOWED_SCHEMES}`);
		const hidden = node.type === 'text' && node.value ? hiddenCharacter(node.value, 'the text') : undefined;
		if (hidden) refuse(hidden);
	}
	return found;
}
