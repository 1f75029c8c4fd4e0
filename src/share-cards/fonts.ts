import { readFileSync } from 'node:fs';
import type { Font } from 'satori';

/**
 * Noto Sans (SIL Open Font License, OFL.txt beside the files), kept in the repository so that the
 * build never downloads a font. The latin files cover Spanish and Portuguese (ñ, á, ç, ã);
 * latin-ext covers the rest of the Latin alphabets.
 */
export const FONTS: Font[] = ([400, 700] as const).flatMap((weight) =>
	(['latin', 'latin-ext'] as const).map((subset) => ({
		name: 'Noto Sans',
		weight,
		style: 'normal' as const,
		data: readFileSync(new URL(`./fonts/noto-sans-${subset}-${weight}-normal.woff`, import.meta.url)),
	})),
);
