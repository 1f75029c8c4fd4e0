import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { SHARE_IMAGE_SIZE, titleSize } from './card.ts';
import { renderShareImage, renderShareSvg } from './render.ts';

const card = { siteName: 'Peru Solidarity Record', label: 'Article', title: 'A title', footer: '26 January 2023' };

/** Text satori could not draw with our fonts: it asks for another font for it. */
async function missingGlyphs(title: string): Promise<string[]> {
	const missing: string[] = [];
	await renderShareSvg(
		{ ...card, title },
		{
			loadAdditionalAsset: async (_code: string, segment: string) => {
				missing.push(segment);
				return [];
			},
		},
	);
	return missing;
}

test('the repository fonts draw Spanish and Portuguese text (ñ, á, ç, ã, ¿, ¡)', async () => {
	assert.deepEqual(await missingGlyphs('Ñandú, ação, coração, ¿qué pasó? ¡Justicia! Perú, São Paulo, Ôrgão, àèìòù ÁÉÍÓÚ'), []);
});

test('the glyph check does notice text the fonts cannot draw', async () => {
	assert.notDeepEqual(await missingGlyphs('秘鲁'), []);
});

test('the card is a 1200×630 PNG', async () => {
	const png = await renderShareImage(card);
	const { format, width, height } = await sharp(png).metadata();
	assert.deepEqual({ format, width, height }, { format: 'png', ...SHARE_IMAGE_SIZE });
});

test('the card shows its text as drawn paths, not as text that needs a font on the viewer’s side', async () => {
	const svg = await renderShareSvg(card);
	assert.match(svg, /<path/);
	assert.doesNotMatch(svg, /<text/);
});

test('long titles get smaller type', () => {
	assert.ok(titleSize('x'.repeat(160)) < titleSize('x'.repeat(40)));
});
