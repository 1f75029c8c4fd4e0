/**
 * Share cards: the picture a link preview shows, 1200×630 PNG. Data in, PNG out; nothing here knows
 * Astro. `renderShareImage` draws one card; `drawShareCards` draws many on worker threads into their
 * files, keeping each in a cache folder so that a card whose data has not changed is not drawn again.
 */
export { type ShareCard, SHARE_IMAGE_SIZE } from './card.ts';
export { type CardFile, type Drawn, drawShareCards } from './draw.ts';
export { renderShareImage } from './render.ts';
