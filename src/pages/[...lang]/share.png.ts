import { siteShareImageRoute } from '../../lib/share-card.ts';

export const getStaticPaths = siteShareImageRoute.getStaticPaths;
export const GET = siteShareImageRoute.GET;
