import type { ComponentName } from '../../content-model/article-format.ts';
import CallToAction from './CallToAction.astro';
import Cite from './Cite.astro';
import PullQuote from './PullQuote.astro';

/** Components editors can use in any MDX entry without importing them: exactly those the article format allows. */
export const mdxComponents = { Cite, PullQuote, CallToAction } satisfies Record<ComponentName, unknown>;
