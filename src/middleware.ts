import { defineMiddleware } from 'astro:middleware';
import { urls } from './lib/urls.ts';

/**
 * The page's language, read once from its address, for every page, layout and component as
 * Astro.locals.lang. Not Astro.currentLocale: that looks for a language code in every segment and
 * parameter, and takes the English page of Spain, /countries/es/, for a Spanish one.
 */
export const onRequest = defineMiddleware((context, next) => {
	context.locals.lang = urls.languageOf(context.url.pathname);
	return next();
});
