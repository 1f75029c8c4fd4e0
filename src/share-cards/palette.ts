/**
 * The colours of a card, by index. A card is a few flat colours; the only others are where an outline
 * partly covers a pixel, a blend of the colour painted and the one under it. Coverage is kept in
 * COVERAGE_LEVELS steps, so a card has at most a few hundred colours and is written as an indexed PNG
 * (png.ts): a byte a pixel instead of three, which compresses in a fraction of the time.
 */

/** Steps of partial coverage: an edge pixel is at most 1/128 of the way off its exact blend. */
export const COVERAGE_LEVELS = 64;

interface Blend {
	/** The colour painted over. */
	under: number;
	/** The colour painted. */
	over: number;
	/** How much of `over` is in the blend, out of COVERAGE_LEVELS. */
	level: number;
}

export class Palette {
	/** 0xRRGGBB by index. */
	readonly colours: number[] = [];
	/** How each blended colour was made; undefined for a colour painted as it is. */
	readonly #blends: (Blend | undefined)[] = [];
	readonly #painted = new Map<number, number>();
	readonly #blended = new Map<number, number>();

	get size(): number {
		return this.colours.length;
	}

	/** The index of a colour painted as it is: `rgb` is 0xRRGGBB. */
	colour(rgb: number): number {
		let index = this.#painted.get(rgb);
		if (index === undefined) {
			index = this.#add(rgb, undefined);
			this.#painted.set(rgb, index);
		}
		return index;
	}

	/**
	 * The index of colour `over` painted over colour `under` with `level` steps of coverage. Painting a
	 * colour again over its own blend deepens that blend rather than making a blend of a blend, so that
	 * where outlines of the same colour meet (the parts of a glyph, the glyphs of a word) no new colours
	 * appear.
	 */
	blend(under: number, over: number, level: number): number {
		if (level >= COVERAGE_LEVELS || under === over) return over;
		const made = this.#blends[under];
		if (made?.over === over) {
			level = made.level + Math.round(((COVERAGE_LEVELS - made.level) * level) / COVERAGE_LEVELS);
			if (level >= COVERAGE_LEVELS) return over;
			under = made.under;
		}
		const key = (under * 65536 + over) * 128 + level;
		let index = this.#blended.get(key);
		if (index === undefined) {
			const from = this.colours[under]!;
			const to = this.colours[over]!;
			let rgb = 0;
			for (const shift of [16, 8, 0]) {
				const start = (from >> shift) & 255;
				const end = (to >> shift) & 255;
				rgb |= Math.round(start + ((end - start) * level) / COVERAGE_LEVELS) << shift;
			}
			index = this.#add(rgb, { under, over, level });
			this.#blended.set(key, index);
		}
		return index;
	}

	#add(rgb: number, blend: Blend | undefined): number {
		this.colours.push(rgb);
		this.#blends.push(blend);
		return this.colours.length - 1;
	}
}
