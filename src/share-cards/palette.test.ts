import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COVERAGE_LEVELS, Palette } from './palette.ts';

const HALF = COVERAGE_LEVELS / 2;

/** A palette and the indices of the colours painted into it, in order (up to three). */
function paletteOf(...colours: number[]): [Palette, number, number, number] {
	const palette = new Palette();
	return [palette, ...colours.map((rgb) => palette.colour(rgb))] as [Palette, number, number, number];
}

test('a colour painted as it is has one index, however often it is painted', () => {
	const [palette, white, again] = paletteOf(0xffffff, 0xffffff);
	assert.equal(white, again);
	assert.equal(palette.size, 1);
});

test('a blend lies between the two colours, by the coverage', () => {
	const [palette, white, black] = paletteOf(0xffffff, 0x000000);
	const grey = palette.blend(white, black, HALF);
	assert.equal(palette.colours[grey], 0x808080);
	assert.equal(palette.colours[palette.blend(white, black, COVERAGE_LEVELS / 4)], 0xbfbfbf);
	assert.equal(palette.blend(white, black, HALF), grey, 'the same blend is the same index');
});

test('full coverage, or a colour over itself, is the colour', () => {
	const [palette, white, black] = paletteOf(0xffffff, 0x000000);
	assert.equal(palette.blend(white, black, COVERAGE_LEVELS), black);
	assert.equal(palette.blend(black, black, 3), black);
});

test('a colour painted again over its own blend deepens the blend instead of adding blends of blends', () => {
	const [palette, white, black] = paletteOf(0xffffff, 0x000000);
	const half = palette.blend(white, black, HALF);
	const threeQuarters = palette.blend(half, black, HALF);
	assert.equal(threeQuarters, palette.blend(white, black, (3 * COVERAGE_LEVELS) / 4));
	assert.equal(palette.colours[threeQuarters], 0x404040);
	const before = palette.size;
	for (let level = 1; level < COVERAGE_LEVELS; level++) palette.blend(palette.blend(white, black, level), black, level);
	assert.ok(palette.size <= before + COVERAGE_LEVELS, 'only the one ramp from white to black');
});

test('another colour over a blend blends with the blend', () => {
	const [palette, white, black, red] = paletteOf(0xffffff, 0x000000, 0xff0000);
	const grey = palette.blend(white, black, HALF);
	assert.equal(palette.colours[palette.blend(grey, red, HALF)], 0xc04040);
});
