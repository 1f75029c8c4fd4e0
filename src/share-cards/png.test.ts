import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { encodePng } from './png.ts';
import { rasterizeCardSvg, toRgb, type Pixels } from './rasterize.ts';
import { renderShareSvg } from './render.ts';

async function decoded(png: Buffer) {
	const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
	const { isPalette } = await sharp(png).metadata();
	return { data: new Uint8Array(data), width: info.width, height: info.height, channels: info.channels, isPalette };
}

async function assertWrittenExactly(pixels: Pixels) {
	const png = encodePng(pixels);
	const read = await decoded(png);
	assert.deepEqual([read.width, read.height, read.channels], [pixels.width, pixels.height, 3]);
	assert.ok(Buffer.from(read.data).equals(Buffer.from(toRgb(pixels))), 'a PNG decoder reads back the same pixels');
	return read;
}

test('a card is written as an indexed PNG that decodes to exactly its pixels', async () => {
	const pixels = rasterizeCardSvg(
		await renderShareSvg({ siteName: 'Peru Solidarity Record', label: 'Article', title: 'Ñandú, ¿qué pasó?', footer: '26 January 2023' }),
	);
	const read = await assertWrittenExactly(pixels);
	assert.equal(read.isPalette, true);
});

test('pixels of more than 256 colours are written as RGB, also exactly', async () => {
	const rects = Array.from({ length: 300 }, (_, index) => {
		const fill = `#${(index * 0x010203).toString(16).padStart(6, '0').slice(-6)}`;
		return `<rect x="${index % 20}" y="${Math.floor(index / 20)}" width="1" height="1" fill="${fill}"/>`;
	});
	const pixels = rasterizeCardSvg(
		`<svg width="20" height="15" viewBox="0 0 20 15" xmlns="http://www.w3.org/2000/svg">${rects.join('')}</svg>`,
	);
	assert.ok(pixels.palette.size > 256);
	const read = await assertWrittenExactly(pixels);
	assert.equal(read.isPalette, false);
});
