import { mdxToMdast } from 'satteri';

/** What the content check needs of an MDX body, read with the MDX parser the build itself uses (Sätteri). */
export interface Body {
	/** Source ids named by `<Cite id="…" />`, in order, with the line of the file each is on. */
	citations: { id: string; line: number }[];
	/** Words a reader reads: text and code, not markup, component tags or expressions. */
	words: number;
}

/** A node of the parsed body, as far as the check reads it. */
export interface BodyNode {
	type: string;
	name?: string | null;
	value?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: BodyNode[];
	position?: { start: { line: number; column: number } };
}

/** Astro renders with GitHub-flavoured Markdown on, so the body is read the same way. */
const FEATURES = { gfm: true };

export class BodySyntaxError extends Error {
	readonly line: number;

	constructor(message: string, line: number) {
		super(message);
		this.line = line;
	}
}

/** The body parsed; `firstLine` is the line of the file it starts on, so that every line named is the file's. */
export function parseBody(body: string, firstLine: number): BodyNode {
	try {
		return mdxToMdast(body, { features: FEATURES }) as BodyNode;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const [, line, rest] = /^(\d+):\d+: ([\s\S]*)$/.exec(message) ?? [];
		throw new BodySyntaxError(rest ?? message, line === undefined ? firstLine : firstLine + Number(line) - 1);
	}
}

/** Every node of the tree, depth first, in document order. */
export function* walk(node: BodyNode): Generator<BodyNode> {
	yield node;
	for (const child of node.children ?? []) yield* walk(child);
}

/** The line of the file a node starts on. */
export function lineOf(node: BodyNode, firstLine: number): number {
	return firstLine + (node.position?.start.line ?? 1) - 1;
}

const TEXT = new Set(['text', 'inlineCode', 'code']);

export function readBody(tree: BodyNode, firstLine: number, locale: string): Body {
	const citations: Body['citations'] = [];
	const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
	let words = 0;
	for (const node of walk(tree)) {
		if (TEXT.has(node.type) && node.value) for (const segment of segmenter.segment(node.value)) if (segment.isWordLike) words += 1;
		if (node.name === 'Cite' && (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement')) {
			const id = node.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
			if (typeof id === 'string') citations.push({ id, line: lineOf(node, firstLine) });
		}
	}
	return { citations, words };
}
