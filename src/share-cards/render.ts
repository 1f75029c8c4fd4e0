import satori from 'satori';
import { type ShareCard, SHARE_IMAGE_SIZE, shareCardTree } from './card.ts';
import { FONTS } from './fonts.ts';
import { encodePng } from './png.ts';
import { rasterizeCardSvg } from './rasterize.ts';

type SatoriOptions = Parameters<typeof satori>[1];

/** The card as SVG, its text drawn as paths from the fonts in the repository. */
export function renderShareSvg(card: ShareCard, options: Partial<SatoriOptions> = {}): Promise<string> {
	return satori(shareCardTree(card) as Parameters<typeof satori>[0], { ...SHARE_IMAGE_SIZE, fonts: FONTS, ...options } as SatoriOptions);
}

/** A PNG of the card: satori's SVG filled by `rasterizeCardSvg` and written as an indexed PNG by `encodePng`. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
	return encodePng(rasterizeCardSvg(await renderShareSvg(card)));
}
