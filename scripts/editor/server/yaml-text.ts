import { Document, isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { Style } from '../forms.ts';

/**
 * YAML written by the editor, as a person would edit it: a file's text changes only where its data
 * changed. The `yaml` package's Document API keeps comments and key order, but it lays out the whole
 * document anew when printed (it joins wrapped lines, pads flow brackets), so edits are made here as
 * splices of the original text, at the source ranges the parser gives each node. New values are laid
 * out in the documented style (`styleOf`: flow lists and maps, quoted dates and wording).
 */

type Path = readonly (string | number)[];
export type StyleOf = (path: Path) => Style;
type Data = Record<string, unknown>;

interface Edit {
	start: number;
	end: number;
	text: string;
}

/** A file whose YAML cannot be read, so that it cannot be edited safely by the form. */
export class UnreadableYaml extends Error {}

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalarValue = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
const spaces = (count: number) => ' '.repeat(count);

export function deepEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
	if (isObject(a) && isObject(b)) {
		const keys = Object.keys(a).filter((key) => a[key] !== undefined);
		const otherKeys = Object.keys(b).filter((key) => b[key] !== undefined);
		return keys.length === otherKeys.length && keys.every((key) => deepEqual(a[key], b[key]));
	}
	return false;
}

/** Keys of an object in the order files write them: the known ones first, in order, then the rest as they come. */
function orderedKeys(value: Data, order: readonly string[] | undefined): string[] {
	const present = Object.keys(value).filter((key) => value[key] !== undefined);
	if (!order) return present;
	return [...order.filter((key) => present.includes(key)), ...present.filter((key) => !order.includes(key))];
}

// ---------------------------------------------------------------------------------------------------
// Writing values anew

/**
 * What Astro's YAML reader (js-yaml) takes for a date although the `yaml` package, which writes here,
 * reads it as words: such words are quoted, unless they are a day written as one on purpose.
 */
const TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;

/** A scalar as YAML text: in block context what follows `key:` (with its space), in flow context the bare scalar. */
function scalarText(value: unknown, style: Style, flow: boolean, type?: Scalar.Type): string {
	const node = new Scalar(value);
	if (typeof value === 'string') {
		node.type = type ?? (style.quoted ? 'QUOTE_DOUBLE' : 'PLAIN');
		if (node.type === 'PLAIN' && !style.day && TIMESTAMP.test(value)) node.type = 'QUOTE_DOUBLE';
	}
	const doc = new Document();
	if (flow) {
		const seq = new YAMLSeq();
		seq.flow = true;
		seq.items.push(node);
		doc.contents = seq;
		return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trim().slice(1, -1);
	}
	const map = new YAMLMap();
	map.items.push(new Pair(new Scalar('k'), node));
	doc.contents = map;
	return doc
		.toString({ lineWidth: 0 })
		.slice('k:'.length)
		.replace(/\n$/, '');
}

/** A value on one line: `[a, b]`, `{ from: "2023", to: "2023-05" }`. */
function flowText(value: unknown, path: Path, styleOf: StyleOf): string {
	if (Array.isArray(value)) return `[${value.map((item, index) => flowText(item, [...path, index], styleOf)).join(', ')}]`;
	if (isObject(value)) {
		const keys = orderedKeys(value, styleOf(path).order);
		if (keys.length === 0) return '{}';
		return `{ ${keys.map((key) => `${key}: ${flowText(value[key], [...path, key], styleOf)}`).join(', ')} }`;
	}
	return scalarText(value, styleOf(path), true);
}

/** Indents every line after the first by `column` spaces. */
const indentRest = (text: string, column: number) => text.replace(/\n(?=.)/g, `\n${spaces(column)}`);

/** What follows `key:` for a new value, the key being at `column`: ` value`, or a new line and an indented block. */
function afterKey(value: unknown, path: Path, styleOf: StyleOf, column: number): string {
	const style = styleOf(path);
	if (Array.isArray(value)) {
		if (style.flow || value.length === 0 || value.every((item) => Array.isArray(item))) return ` ${flowText(value, path, styleOf)}`;
		return `\n${blockSeq(value, path, styleOf, column + 2)}`;
	}
	if (isObject(value)) {
		if (style.flow || orderedKeys(value, undefined).length === 0) return ` ${flowText(value, path, styleOf)}`;
		return `\n${blockMap(value, path, styleOf, column + 2)}`;
	}
	return indentRest(scalarText(value, style, false), column);
}

/** What follows `- ` for a new list item, the dash being at `column`. */
function afterDash(value: unknown, path: Path, styleOf: StyleOf, column: number): string {
	if (isObject(value) && !styleOf(path).flow && orderedKeys(value, undefined).length > 0)
		return blockMap(value, path, styleOf, column + 2).slice(column + 2);
	if (Array.isArray(value) || isObject(value)) return flowText(value, path, styleOf);
	return indentRest(scalarText(value, styleOf(path), false).replace(/^ /, ''), column);
}

function blockMap(value: Data, path: Path, styleOf: StyleOf, column: number): string {
	return orderedKeys(value, styleOf(path).order)
		.map((key) => `${spaces(column)}${key}:${afterKey(value[key], [...path, key], styleOf, column)}`)
		.join('\n');
}

function blockSeq(items: readonly unknown[], path: Path, styleOf: StyleOf, column: number): string {
	return items.map((item, index) => `${spaces(column)}- ${afterDash(item, [...path, index], styleOf, column)}`).join('\n');
}

/** A whole YAML document for `data`, in the documented style. */
export function yamlText(data: Data, styleOf: StyleOf): string {
	return `${blockMap(data, [], styleOf, 0)}\n`;
}

// ---------------------------------------------------------------------------------------------------
// Editing a document in place

/** Where a node sits in block context: as a map's value after `key:`, as a list item after `- `, or as the document. */
type Place = { kind: 'pair'; colonEnd: number; column: number } | { kind: 'item'; column: number } | { kind: 'root' };

class Splicer {
	readonly edits: Edit[] = [];
	readonly text: string;
	readonly styleOf: StyleOf;

	constructor(text: string, styleOf: StyleOf) {
		this.text = text;
		this.styleOf = styleOf;
	}

	lineStart(offset: number): number {
		return this.text.lastIndexOf('\n', offset - 1) + 1;
	}

	column(offset: number): number {
		return offset - this.lineStart(offset);
	}

	/** The start of the line after the one `offset` is on. */
	nextLine(offset: number): number {
		const newline = this.text.indexOf('\n', offset);
		return newline === -1 ? this.text.length : newline + 1;
	}

	/** The end of a node's value, not counting the line break a block collection ends with. */
	valueEnd(node: Node): number {
		const range = node.range ?? [0, 0, 0];
		let end = range[1];
		if ((isMap(node) || isSeq(node)) && !node.flow) while (end > range[0] && this.text[end - 1] === '\n') end -= 1;
		return end;
	}

	replace(start: number, end: number, text: string): void {
		this.edits.push({ start, end, text });
	}

	/** Insertions at one offset are kept in the order they were asked for. */
	insert(at: number, text: string): void {
		const earlier = this.edits.find((edit) => edit.start === at && edit.end === at);
		if (earlier) earlier.text += text;
		else this.edits.push({ start: at, end: at, text });
	}

	result(): string {
		let text = this.text;
		for (const edit of this.edits.toSorted((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
		return text;
	}

	patch(node: Node | null, before: unknown, after: unknown, path: Path, place: Place): void {
		if (deepEqual(before, after)) return;
		if (node && isScalar(node) && isScalarValue(after)) return this.patchScalar(node, after, path, place);
		if (node && isMap(node) && !node.flow && isObject(before) && isObject(after) && Object.keys(after).length > 0)
			return this.patchMap(node, before, after, path);
		if (node && isSeq(node) && !node.flow && Array.isArray(before) && Array.isArray(after) && after.length > 0)
			return this.patchSeq(node, before, after, path);
		// A flow collection of words that stays one keeps its single line: `[a, b]` becomes `[a, b, c]`. An
		// empty one (`sources: []`, as the template writes it) is laid out as the documented style says.
		const staysFlow =
			node &&
			(isMap(node) || isSeq(node)) &&
			node.flow &&
			node.items.length > 0 &&
			((isSeq(node) && Array.isArray(after) && after.length > 0 && after.every(isScalarValue)) ||
				(isMap(node) && isObject(after) && Object.keys(after).length > 0 && !Object.values(after).some(isObject)));
		if (node && staysFlow) return this.replace(node.range?.[0] ?? 0, node.range?.[1] ?? 0, flowText(after, path, this.styleOf));
		this.replaceValue(node, after, path, place);
	}

	private patchScalar(node: Scalar, after: unknown, path: Path, place: Place): void {
		const range = [...(node.range ?? [0, 0, 0])];
		// A block scalar's range takes in the line break that ends it; the text after it keeps that.
		if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') while (range[1]! > range[0]! && this.text[range[1]! - 1] === '\n') range[1]! -= 1;
		const keepType = typeof after === 'string' && typeof node.value === 'string' ? node.type : undefined;
		const column = place.kind === 'root' ? 0 : place.column;
		let text = indentRest(scalarText(after, this.styleOf(path), false, keepType), column);
		if (place.kind === 'pair') return this.replace(place.colonEnd, range[1]!, text);
		text = text.replace(/^ /, '');
		this.replace(range[0]!, range[1]!, text);
	}

	/** A value written anew in place of the old one, whatever either is. */
	private replaceValue(node: Node | null, after: unknown, path: Path, place: Place): void {
		if (place.kind === 'root') return this.replace(0, this.text.length, isObject(after) ? yamlText(after, this.styleOf) : '');
		const start = place.kind === 'pair' ? place.colonEnd : (node?.range?.[0] ?? 0);
		const end = node ? Math.max(start, this.valueEnd(node)) : start;
		const text = place.kind === 'pair' ? afterKey(after, path, this.styleOf, place.column) : afterDash(after, path, this.styleOf, place.column);
		this.replace(start, end, text);
	}

	private keyOf(pair: Pair): string {
		return String(isScalar(pair.key) ? pair.key.value : pair.key);
	}

	private colonEnd(pair: Pair): number {
		const keyEnd = (pair.key as Node).range?.[1] ?? 0;
		return this.text.indexOf(':', keyEnd) + 1;
	}

	/** Where a pair's lines end: the start of the line after its value. */
	private pairEnd(pair: Pair): number {
		const value = pair.value as Node | null;
		return this.nextLine(value?.range ? this.valueEnd(value) : this.colonEnd(pair));
	}

	private patchMap(node: YAMLMap, before: Data, after: Data, path: Path): void {
		const pairs = node.items as Pair[];
		const first = pairs[0];
		if (!first) return;
		const firstKeyStart = (first.key as Node).range?.[0] ?? 0;
		const column = this.column(firstKeyStart);
		// A map that is a list item starts on the dash's line: `- id: …`.
		const afterDash = this.text.slice(this.lineStart(firstKeyStart), firstKeyStart).trim() !== '';
		const kept = pairs.filter((pair) => after[this.keyOf(pair)] !== undefined);

		for (const [index, pair] of pairs.entries()) {
			const key = this.keyOf(pair);
			const value = pair.value as Node | null;
			if (after[key] === undefined) {
				const keyStart = (pair.key as Node).range?.[0] ?? 0;
				const next = pairs[index + 1];
				if (index === 0 && afterDash) this.replace(keyStart, next ? ((next.key as Node).range?.[0] ?? keyStart) : this.pairEnd(pair), '');
				else this.replace(this.lineStart(keyStart), this.pairEnd(pair), '');
				continue;
			}
			this.patch(value, before[key], after[key], [...path, key], { kind: 'pair', colonEnd: this.colonEnd(pair), column });
		}

		const order = this.styleOf(path).order ?? [];
		const present = new Map(kept.map((pair) => [this.keyOf(pair), pair]));
		for (const key of orderedKeys(after, order)) {
			if (present.has(key) || before[key] !== undefined) continue;
			const line = `${key}:${afterKey(after[key], [...path, key], this.styleOf, column)}`;
			const position = order.indexOf(key);
			const previous =
				position === -1
					? kept.at(-1)
					: order
							.slice(0, position)
							.toReversed()
							.map((candidate) => present.get(candidate))
							.find((pair) => pair !== undefined);
			if (previous) this.insert(this.pairEnd(previous), `${spaces(column)}${line}\n`);
			else if (afterDash) this.insert(firstKeyStart, `${line}\n${spaces(column)}`);
			else this.insert(this.lineStart(firstKeyStart), `${spaces(column)}${line}\n`);
		}
	}

	private patchSeq(node: YAMLSeq, before: unknown[], after: unknown[], path: Path): void {
		const items = node.items as Node[];
		const first = items[0];
		if (!first) return;
		const firstStart = first.range?.[0] ?? 0;
		const dash = this.text.lastIndexOf('-', firstStart);
		const column = this.column(dash);
		const itemLine = (value: unknown, index: number) => `${spaces(column)}- ${afterDash(value, [...path, index], this.styleOf, column)}\n`;
		const itemStart = (item: Node) => this.lineStart(item.range?.[0] ?? 0);
		const itemEnd = (item: Node) => this.nextLine(this.valueEnd(item));

		const matches = commonItems(before, after);
		let oldIndex = 0;
		let newIndex = 0;
		for (const [matchOld, matchNew] of [...matches, [before.length, after.length] as const]) {
			const removed = matchOld - oldIndex;
			const added = matchNew - newIndex;
			const changed = Math.min(removed, added);
			for (let offset = 0; offset < changed; offset += 1) {
				const item = items[oldIndex + offset];
				if (item) this.patch(item, before[oldIndex + offset], after[newIndex + offset], [...path, newIndex + offset], { kind: 'item', column });
			}
			for (let offset = changed; offset < removed; offset += 1) {
				const item = items[oldIndex + offset];
				if (item) this.replace(itemStart(item), itemEnd(item), '');
			}
			if (added > changed) {
				const anchor = items[oldIndex + changed - 1] ?? items[oldIndex - 1];
				const at = anchor ? itemEnd(anchor) : this.lineStart(firstStart);
				for (let offset = changed; offset < added; offset += 1) this.insert(at, itemLine(after[newIndex + offset], newIndex + offset));
			}
			oldIndex = matchOld + 1;
			newIndex = matchNew + 1;
		}
	}
}

/** Pairs of indexes of items the two lists have in common, in order (a longest common subsequence). */
function commonItems(before: readonly unknown[], after: readonly unknown[]): [number, number][] {
	const lengths = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
	for (let i = before.length - 1; i >= 0; i -= 1)
		for (let j = after.length - 1; j >= 0; j -= 1)
			lengths[i]![j] = deepEqual(before[i], after[j]) ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
	const pairs: [number, number][] = [];
	for (let i = 0, j = 0; i < before.length && j < after.length; ) {
		if (deepEqual(before[i], after[j])) {
			pairs.push([i, j]);
			i += 1;
			j += 1;
		} else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i += 1;
		else j += 1;
	}
	return pairs;
}

/** The data of a YAML text, as the editor's forms hold it. */
export function yamlData(text: string): Data {
	const doc = parseDocument(text);
	if (doc.errors.length > 0) throw new UnreadableYaml(doc.errors[0]?.message ?? 'the YAML cannot be read');
	const data: unknown = doc.toJS();
	return isObject(data) ? data : {};
}

/** `text` changed so that it holds `after`: only the lines of values that differ change, comments and layout stay. */
export function patchYaml(text: string, after: Data, styleOf: StyleOf): string {
	const doc = parseDocument(text);
	if (doc.errors.length > 0) throw new UnreadableYaml(doc.errors[0]?.message ?? 'the YAML cannot be read');
	const splicer = new Splicer(text, styleOf);
	splicer.patch(doc.contents as Node | null, doc.toJS(), after, [], { kind: 'root' });
	return splicer.result();
}
