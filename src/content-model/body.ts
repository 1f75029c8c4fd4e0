import { mdxToMdast } from 'satteri';
import { refusals } from './article-format.ts';

/** What the content check needs of an MDX file's body, read with the MDX parser the build itself uses (Sätteri). */
export interface Body {
	/** Source ids the body cites (`<Cite id>`, `<PullQuote source>`), in order, with the line of the file each is on. */
	citations: { id: string; line: number }[];
	/** Words a reader reads: text and code, not markup, component tags or expressions. */
	words: number;
	/** What the closed article format does not allow (src/content-model/article-format.ts), by line. */
	refused: { line: number; message: string }[];
}

/** A node of the parsed file, as far as the check reads it. */
export interface BodyNode {
	type: string;
	name?: string | null;
	value?: string;
	url?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: BodyNode[];
	position?: { start: { line: number; column: number } };
}

/** Astro renders with GitHub-flavoured Markdown on, so the body is read the same way; the frontmatter is a node of its own. */
const FEATURES = { gfm: true, frontmatter: true };

export class BodySyntaxError extends Error {
	readonly line: number;

	constructor(message: string, line: number) {
		super(message);
		this.line = line;
	}
}

/** A whole MDX file parsed, frontmatter included, so that every node's line is the file's. */
export function parseMdx(source: string): BodyNode {
	try {
		return mdxToMdast(source, { features: FEATURES }) as BodyNode;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const [, line, rest] = /^(\d+):\d+: ([\s\S]*)$/.exec(message) ?? [];
		throw new BodySyntaxError(rest ?? message, line === undefined ? 1 : Number(line));
	}
}

/** Every node of the tree, depth first, in document order. */
export function* walk(tree: BodyNode): Generator<BodyNode> {
	// A stack rather than nested generators, whose cost grows with the depth of every node.
	const stack = [tree];
	for (let node = stack.pop(); node; node = stack.pop()) {
		yield node;
		const children = node.children ?? [];
		for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
	}
}

export const lineOf = (node: BodyNode): number => node.position?.start.line ?? 1;

const TEXT = new Set(['text', 'inlineCode', 'code']);
const CITING = { Cite: 'id', PullQuote: 'source' } as const;

export function readBody(tree: BodyNode, locale: string): Body {
	const citations: Body['citations'] = [];
	const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
	let words = 0;
	for (const node of walk(tree)) {
		if (TEXT.has(node.type) && node.value) for (const segment of segmenter.segment(node.value)) if (segment.isWordLike) words += 1;
		const cited = node.type.startsWith('mdxJsx') ? CITING[node.name as keyof typeof CITING] : undefined;
		if (cited) {
			const id = node.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === cited)?.value;
			if (typeof id === 'string') citations.push({ id, line: lineOf(node) });
		}
	}
	return { citations, words, refused: refusedIn(tree) };
}

/** What in the tree the closed article format does not allow, by line. */
export function refusedIn(tree: BodyNode): Body['refused'] {
	return refusals(walk(tree)).map(({ node, message }) => ({ line: lineOf(node), message }));
}
