import { shareImageRoute } from '../../../../lib/share-card.ts';

const route = shareImageRoute('articles');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
