import { languagePaths } from '../../lib/language-paths.ts';
import { siteShareImage } from '../../lib/share-card.ts';

export const getStaticPaths = languagePaths;
export const GET = siteShareImage;
