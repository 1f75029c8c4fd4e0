import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { rasterizeCardSvg, toRgb } from './rasterize.ts';
import { renderShareSvg } from './render.ts';

const card = { siteName: 'Peru Solidarity Record', label: 'Article', title: 'A title', footer: '26 January 2023' };

/** How far our pixels are from librsvg's (through sharp) for the same SVG: mean and worst channel. */
async function differenceFromLibrsvg(svg: string) {
	const pixels = rasterizeCardSvg(svg);
	const ours = { width: pixels.width, height: pixels.height, data: toRgb(pixels) };
	const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
	assert.deepEqual([ours.width, ours.height], [info.width, info.height]);
	let sum = 0;
	let worst = 0;
	let far = 0;
	for (let i = 0; i < data.length; i++) {
		const difference = Math.abs(data[i]! - ours.data[i]!);
		sum += difference;
		worst = Math.max(worst, difference);
		if (difference > 16) far += 1;
	}
	return { mean: sum / data.length, worst, far };
}

test('cards are drawn as an SVG renderer draws them: the same pixels but for anti-aliasing at the edges', async () => {
	for (const title of ['A title', 'Ñandú, ação, coração, ¿qué pasó? ¡Justicia! Perú, São Paulo, Ôrgão', 'W'.repeat(30), 'x '.repeat(90)]) {
		const { mean, worst, far } = await differenceFromLibrsvg(await renderShareSvg({ ...card, title }));
		assert.ok(mean < 0.2, `${title}: mean difference ${mean}`);
		assert.ok(worst < 80, `${title}: worst difference ${worst}`);
		// Only edge pixels differ by more than a little: a few thousand of the 2,268,000 channel values.
		assert.ok(far < 6000, `${title}: ${far} channel values differ by more than 16`);
	}
});

test('rectangles off the pixel grid, overlapping outlines, holes, cubic curves and 3-digit colours', async () => {
	const svg = [
		'<svg width="200" height="100" viewBox="0 0 200 100" xmlns="http://www.w3.org/2000/svg">',
		'<rect x="0" y="0" width="200" height="100" fill="#fff"/>',
		'<rect x="10.5" y="10.25" width="30.5" height="20.5" fill="#9b1c1c"/>',
		// a square with a square hole (opposite winding), and two overlapping squares (same winding)
		'<path fill="#000" d="M60 10L100 10L100 50L60 50ZM70 20L70 40L90 40L90 20Z"/>',
		'<path fill="#00f" d="M110 10L140 10L140 40L110 40ZM120 20L150 20L150 50L120 50Z"/>',
		'<path fill="#0a0" d="M160 50C160 20 190 20 190 50C190 80 160 80 160 50Z"/>',
		'</svg>',
	].join('');
	const { mean, worst } = await differenceFromLibrsvg(svg);
	assert.ok(mean < 0.5, `mean difference ${mean}`);
	assert.ok(worst < 100, `worst difference ${worst}`);
	const drawn = rasterizeCardSvg(svg);
	const [data, width] = [toRgb(drawn), drawn.width];
	const at = (x: number, y: number) => [...data.subarray((y * width + x) * 3, (y * width + x) * 3 + 3)];
	assert.deepEqual(at(80, 30), [255, 255, 255], 'the hole is left empty');
	assert.deepEqual(at(65, 15), [0, 0, 0]);
	assert.deepEqual(at(130, 30), [0, 0, 255], 'where two outlines overlap it is filled once');
});

test('anything the card drawing does not handle is an error, not a wrong picture', () => {
	const wrap = (inner: string) => `<svg width="10" height="10" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">${inner}</svg>`;
	for (const inner of [
		'<image href="x.png" width="10" height="10"/>',
		'<text x="0" y="5">hi</text>',
		'<path fill="#000" d="m0 0l5 5z"/>',
		'<path fill="url(#gradient)" d="M0 0L5 5L0 5Z"/>',
		'<path fill="#000" d="M0 0L5 5L0 5Z" transform="scale(2)"/>',
		'<path fill="#000" d="M0 0A5 5 0 0 1 5 5Z"/>',
		'<rect x="0" y="0" width="5" height="5" rx="2" fill="#000"/>',
		'<g opacity="0.5"><rect x="0" y="0" width="5" height="5" fill="#000"/></g>',
	])
		assert.throws(() => rasterizeCardSvg(wrap(inner)), /share image/, inner);
	// and a failure leaves nothing behind for the next card
	const clean = rasterizeCardSvg(wrap('<rect x="0" y="0" width="10" height="10" fill="#fff"/><path fill="#000" d="M2 2L8 2L8 8L2 8Z"/>'));
	assert.throws(() => rasterizeCardSvg(wrap('<path fill="#000" d="M0 0L9 0L9 9Z"/><path fill="#000" d="M0 0l5 5z"/>')));
	const again = rasterizeCardSvg(wrap('<rect x="0" y="0" width="10" height="10" fill="#fff"/><path fill="#000" d="M2 2L8 2L8 8L2 8Z"/>'));
	assert.deepEqual(toRgb(again), toRgb(clean));
});

test('a card has few colours: its own, and their blends at the edges of its text', async () => {
	const { palette } = rasterizeCardSvg(await renderShareSvg({ ...card, title: 'Ñandú, ação, coração, ¿qué pasó? '.repeat(4) }));
	assert.ok(palette.size <= 256, `${palette.size} colours`);
});

test('a partly covered pixel gets its coverage in 64 steps, rounded: under half a step is left, over 63.5 steps is filled', () => {
	// Black rectangles over white, each covering one pixel column (x = 1, 3, 5, 7, 9) by the given fraction.
	const covered = [0.0077, 0.0079, 0.75, 0.9921, 0.9922];
	const svg = [
		'<svg width="12" height="1" viewBox="0 0 12 1" xmlns="http://www.w3.org/2000/svg">',
		'<rect x="0" y="0" width="12" height="1" fill="#fff"/>',
		...covered.map((fraction, i) => `<rect x="${2 * i + 1}" y="0" width="${fraction}" height="1" fill="#000"/>`),
		'</svg>',
	].join('');
	const drawn = toRgb(rasterizeCardSvg(svg));
	const grey = (x: number) => drawn[x * 3]!;
	const expected = (fraction: number) => Math.round(255 - (255 * Math.round(fraction * 64)) / 64);
	assert.deepEqual(
		covered.map((_, i) => grey(2 * i + 1)),
		covered.map(expected),
	);
	assert.equal(grey(1), 255, 'less than half a step of coverage leaves the pixel as it was');
	assert.equal(grey(9), 0, 'more than 63.5 steps fill it');
	assert.ok(grey(7) > 0, '63.49 steps are still a blend');
});
