export { siteShareImage as GET } from '../lib/share-card.ts';
