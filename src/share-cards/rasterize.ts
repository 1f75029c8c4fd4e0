/**
 * Draws the SVG that satori makes of a share card into RGB pixels, without a general SVG renderer.
 *
 * A card is flat: satori writes it as filled rectangles and filled paths (the text, as glyph outlines
 * of straight lines and Bézier curves), with no strokes, gradients, images, transforms or opacity, and
 * `<mask>` definitions that nothing uses. Each outline is filled with exact-area anti-aliasing (signed
 * area accumulated per pixel, as font rasterisers do), a fraction of the time a general SVG renderer
 * takes, into palette indices (palette.ts) that png.ts writes as an indexed PNG. Anything else in the
 * SVG is an error, so that a change to the card's design that this does not draw is caught by the
 * tests instead of being drawn wrong.
 */
import { COVERAGE_LEVELS, Palette } from './palette.ts';

export interface Pixels {
	width: number;
	height: number;
	/** The index in `palette` of each pixel's colour, rows top to bottom. */
	data: Uint16Array;
	palette: Palette;
}

/** The pixels as RGB, 3 bytes a pixel. */
export function toRgb({ data, palette }: Pixels): Uint8Array {
	const rgb = new Uint8Array(data.length * 3);
	for (let pixel = 0; pixel < data.length; pixel++) {
		const colour = palette.colours[data[pixel]!]!;
		rgb[pixel * 3] = colour >> 16;
		rgb[pixel * 3 + 1] = (colour >> 8) & 255;
		rgb[pixel * 3 + 2] = colour & 255;
	}
	return rgb;
}

const ATTRIBUTE = /([a-zA-Z-:]+)="([^"]*)"/g;

function attributes(tag: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const [, name, value] of tag.matchAll(ATTRIBUTE)) found[name!] = value!;
	return found;
}

/** The fill as 0xRRGGBB. */
function colour(fill: string | undefined): number {
	const hex = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(fill ?? '');
	if (!hex) throw new Error(`share image: unsupported fill "${fill}"`);
	const digits = hex[1]!.length === 3 ? [...hex[1]!].map((digit) => digit + digit).join('') : hex[1]!;
	return Number.parseInt(digits, 16);
}

function allowOnly(tag: string, found: Record<string, string>, allowed: string[]): void {
	for (const name of Object.keys(found))
		if (!allowed.includes(name)) throw new Error(`share image: <${tag}> with ${name}="${found[name]}" is not drawn`);
}

/** Coverage that rounds to level 0, and to level COVERAGE_LEVELS (full). */
const NO_COVERAGE = 0.5 / COVERAGE_LEVELS;
const FULL_COVERAGE = (COVERAGE_LEVELS - 0.5) / COVERAGE_LEVELS;

/** Coverage of one filled outline, accumulated as signed area per pixel (nonzero winding). */
class Coverage {
	readonly width: number;
	readonly height: number;
	readonly stride: number;
	readonly area: Float32Array;
	top = Infinity;
	bottom = -Infinity;
	left = Infinity;
	right = -Infinity;
	constructor(width: number, height: number) {
		this.width = width;
		this.height = height;
		this.stride = width + 2;
		this.area = new Float32Array(this.stride * height);
	}

	line(x0: number, y0: number, x1: number, y1: number): void {
		if (y0 === y1) return;
		const { width, height, stride, area } = this;
		let direction = 1;
		if (y0 > y1) {
			let swap = x0;
			x0 = x1;
			x1 = swap;
			swap = y0;
			y0 = y1;
			y1 = swap;
			direction = -1;
		}
		const slope = (x1 - x0) / (y1 - y0);
		let x = x0 - (y0 < 0 ? y0 * slope : 0);
		const first = Math.max(0, Math.floor(y0));
		const last = Math.min(height, Math.ceil(y1));
		if (first < this.top) this.top = first;
		if (last > this.bottom) this.bottom = last;
		const clamp = (value: number) => Math.min(Math.max(value, 0), width);
		this.left = Math.min(this.left, Math.floor(clamp(Math.min(x0, x1))));
		this.right = Math.max(this.right, Math.ceil(clamp(Math.max(x0, x1))) + 2);
		for (let y = first; y < last; y++) {
			const row = y * stride;
			const dy = Math.min(y + 1, y1) - Math.max(y, y0);
			const next = x + slope * dy;
			const d = dy * direction;
			const left = clamp(Math.min(x, next));
			const right = clamp(Math.max(x, next));
			const leftCell = Math.floor(left);
			const rightCell = Math.ceil(right);
			if (rightCell <= leftCell + 1) {
				// The edge stays within one pixel column on this row.
				const share = (left + right) / 2 - leftCell;
				area[row + leftCell]! += d - d * share;
				area[row + leftCell + 1]! += d * share;
			} else {
				const step = 1 / (right - left);
				const leftPart = left - leftCell;
				const a0 = 0.5 * step * (1 - leftPart) ** 2;
				const rightPart = right - rightCell + 1;
				const aEnd = 0.5 * step * rightPart ** 2;
				area[row + leftCell]! += d * a0;
				if (rightCell === leftCell + 2) area[row + leftCell + 1]! += d * (1 - a0 - aEnd);
				else {
					const a1 = step * (1.5 - leftPart);
					area[row + leftCell + 1]! += d * (a1 - a0);
					for (let cell = leftCell + 2; cell < rightCell - 1; cell++) area[row + cell]! += d * step;
					const a2 = a1 + (rightCell - leftCell - 3) * step;
					area[row + rightCell - 1]! += d * (1 - a2 - aEnd);
				}
				area[row + rightCell]! += d * aEnd;
			}
			x = next;
		}
	}

	/** Paints the colour (an index in the palette) where the outline covers pixels, and clears the accumulator. */
	paint(pixels: Pixels, fill: number): void {
		const { width, stride, area } = this;
		const { data, palette } = pixels;
		const left = Math.max(0, this.left);
		const right = Math.min(this.right, width);
		const end = Math.min(this.right, stride);
		for (let y = this.top; y < this.bottom; y++) {
			const row = y * stride;
			const offset = y * width;
			let sum = 0;
			for (let x = left; x < right; x++) {
				sum += area[row + x]!;
				const cover = sum < 0 ? -sum : sum;
				// What rounds to no coverage or to full coverage is told by comparison alone; only the edges
				// of an outline need a level (the same levels: COVERAGE_LEVELS is a power of two, so scaling is exact).
				if (cover < NO_COVERAGE) continue;
				const at = offset + x;
				data[at] = cover >= FULL_COVERAGE ? fill : palette.blend(data[at]!, fill, Math.round(cover * COVERAGE_LEVELS));
			}
			area.fill(0, row + left, row + end);
		}
		this.top = Infinity;
		this.bottom = -Infinity;
		this.left = Infinity;
		this.right = -Infinity;
	}
}

/** A rectangle on whole pixels: filled row by row, the first row copied into the others. */
function fillRect(pixels: Pixels, x: number, y: number, right: number, bottom: number, fill: number): void {
	const { width, data } = pixels;
	[x, right] = [Math.max(0, x), Math.min(width, right)];
	[y, bottom] = [Math.max(0, y), Math.min(pixels.height, bottom)];
	for (let row = y; row < bottom; row++) data.fill(fill, row * width + x, row * width + right);
}

/**
 * Fills an outline given as SVG path data of absolute M, L, Q, C and Z commands (how satori writes
 * glyphs), read in one pass without building arrays. Curves become straight segments that stay within
 * about a third of a pixel of them.
 */
function outline(coverage: Coverage, d: string): void {
	const ARITY: Record<string, number> = { M: 2, L: 2, Q: 4, C: 6, Z: 0 };
	const values = new Float64Array(6);
	let startX = 0;
	let startY = 0;
	let x = 0;
	let y = 0;
	let at = 0;
	const fail = (): never => {
		throw new Error(`share image: path data not drawn near "${d.slice(Math.max(0, at - 10), at + 10)}"`);
	};
	const skipSeparators = () => {
		while (at < d.length) {
			const code = d.charCodeAt(at);
			if (code === 32 || code === 44 || code === 10 || code === 9 || code === 13) at += 1;
			else break;
		}
	};
	const isNumberStart = (code: number) => (code >= 48 && code <= 57) || code === 45 || code === 46;
	/** A decimal number as satori writes them ("-12.5", "3", ".5"); anything else fails. */
	const number = (): number => {
		const from = at;
		let sign = 1;
		if (d.charCodeAt(at) === 45) {
			sign = -1;
			at += 1;
		}
		let value = 0;
		let digits = 0;
		let code = d.charCodeAt(at);
		while (code >= 48 && code <= 57) {
			value = value * 10 + (code - 48);
			digits += 1;
			code = d.charCodeAt(++at);
		}
		if (code === 46) {
			let scale = 0.1;
			code = d.charCodeAt(++at);
			while (code >= 48 && code <= 57) {
				value += (code - 48) * scale;
				scale /= 10;
				digits += 1;
				code = d.charCodeAt(++at);
			}
		}
		if (digits === 0 || code === 101 || code === 69) {
			at = from;
			fail();
		}
		return sign * value;
	};
	skipSeparators();
	while (at < d.length) {
		const command = d[at]!;
		const arity = ARITY[command];
		if (arity === undefined) fail();
		at += 1;
		if (command === 'Z') {
			coverage.line(x, y, startX, startY);
			x = startX;
			y = startY;
			skipSeparators();
			continue;
		}
		let first = true;
		do {
			for (let i = 0; i < arity!; i++) {
				skipSeparators();
				values[i] = number();
			}
			if (command === 'M' && first) {
				// A new contour closes the previous one, as a fill does.
				coverage.line(x, y, startX, startY);
				x = startX = values[0]!;
				y = startY = values[1]!;
			} else if (command === 'M' || command === 'L') {
				coverage.line(x, y, values[0]!, values[1]!);
				x = values[0]!;
				y = values[1]!;
			} else if (command === 'Q') {
				const [x1, y1, x2, y2] = [values[0]!, values[1]!, values[2]!, values[3]!];
				const steps = Math.max(1, Math.ceil(Math.sqrt(Math.hypot(x - 2 * x1 + x2, y - 2 * y1 + y2) * 1.5)));
				let [px, py] = [x, y];
				for (let step = 1; step <= steps; step++) {
					const t = step / steps;
					const u = 1 - t;
					const nx = u * u * x + 2 * u * t * x1 + t * t * x2;
					const ny = u * u * y + 2 * u * t * y1 + t * t * y2;
					coverage.line(px, py, nx, ny);
					px = nx;
					py = ny;
				}
				x = x2;
				y = y2;
			} else {
				const [x1, y1, x2, y2, x3, y3] = [values[0]!, values[1]!, values[2]!, values[3]!, values[4]!, values[5]!];
				const deviation = Math.max(Math.hypot(x - 2 * x1 + x2, y - 2 * y1 + y2), Math.hypot(x1 - 2 * x2 + x3, y1 - 2 * y2 + y3));
				const steps = Math.max(1, Math.ceil(Math.sqrt(deviation * 2)));
				let [px, py] = [x, y];
				for (let step = 1; step <= steps; step++) {
					const t = step / steps;
					const u = 1 - t;
					const nx = u * u * u * x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3;
					const ny = u * u * u * y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3;
					coverage.line(px, py, nx, ny);
					px = nx;
					py = ny;
				}
				x = x3;
				y = y3;
			}
			first = false;
			skipSeparators();
		} while (at < d.length && isNumberStart(d.charCodeAt(at)));
	}
	coverage.line(x, y, startX, startY);
}

let spare: Coverage | undefined;

const ELEMENT = /<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>/g;

/** The card's pixels: rectangles and paths painted in document order; `<mask>` definitions skipped. */
export function rasterizeCardSvg(svg: string): Pixels {
	let pixels: Pixels | undefined;
	let coverage: Coverage | undefined;
	let inMask = 0;
	for (const [, closing, tag, rest, selfClosing] of svg.matchAll(ELEMENT)) {
		const found = attributes(rest!);
		if (tag === 'mask') {
			if (!closing) inMask += 1;
			if (closing || selfClosing) inMask -= 1;
			continue;
		}
		if (inMask > 0) continue;
		if (closing) continue;
		if (tag === 'svg') {
			allowOnly(tag, found, ['width', 'height', 'viewBox', 'xmlns']);
			const width = Number(found.width);
			const height = Number(found.height);
			if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0))
				throw new Error(`share image: a size of ${found.width}×${found.height} is not drawn`);
			if (found.viewBox !== undefined && found.viewBox !== `0 0 ${width} ${height}`)
				throw new Error(`share image: a viewBox other than the size is not drawn`);
			const palette = new Palette();
			// Index 0, what the card is before anything is painted: black.
			palette.colour(0x000000);
			pixels = { width, height, data: new Uint16Array(width * height), palette };
			// Every paint leaves the accumulator cleared, so one serves every card of a size; it is put back
			// for the next card only once this one is drawn (an error may leave it dirty).
			coverage = spare?.width === width && spare.height === height ? spare : new Coverage(width, height);
			spare = undefined;
		} else if (!pixels || !coverage) throw new Error('share image: the SVG does not start with <svg>');
		else if (tag === 'g') allowOnly(tag, found, []);
		else if (tag === 'rect') {
			allowOnly(tag, found, ['x', 'y', 'width', 'height', 'fill']);
			const x = Number(found.x ?? 0);
			const y = Number(found.y ?? 0);
			const right = x + Number(found.width);
			const bottom = y + Number(found.height);
			const fill = pixels.palette.colour(colour(found.fill));
			if ([x, y, right, bottom].every(Number.isInteger)) fillRect(pixels, x, y, right, bottom, fill);
			else {
				// Off the pixel grid: an outline, anti-aliased like a glyph's.
				coverage.line(x, y, x, bottom);
				coverage.line(x, bottom, right, bottom);
				coverage.line(right, bottom, right, y);
				coverage.line(right, y, x, y);
				coverage.paint(pixels, fill);
			}
		} else if (tag === 'path') {
			allowOnly(tag, found, ['fill', 'd']);
			outline(coverage, found.d ?? '');
			coverage.paint(pixels, pixels.palette.colour(colour(found.fill)));
		} else throw new Error(`share image: <${tag}> is not drawn`);
	}
	if (!pixels) throw new Error('share image: no <svg> element');
	spare = coverage;
	return pixels;
}
