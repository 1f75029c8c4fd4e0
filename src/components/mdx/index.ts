import CallToAction from './CallToAction.astro';
import Cite from './Cite.astro';
import PullQuote from './PullQuote.astro';

/** Components editors can use in any MDX entry without importing them. */
export const mdxComponents = { Cite, PullQuote, CallToAction };
