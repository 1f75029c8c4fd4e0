import { z } from 'astro/zod';
import { text, title } from './text.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../i18n/languages.ts';
import { countryCodeSchema } from './country.ts';
import { figureSchema } from './figure.ts';
import { idsOf, reference } from './reference.ts';
import { daySchema, partialDateSchema } from './partial-date.ts';
import { rejectDuplicates } from './unique.ts';

const nonEmptyLinks = <C extends string>(collection: C, what: string) =>
	z.array(reference(collection)).min(1, { message: `list at least one ${what}` });

/** The fields written anew in every language: shared by originals and their translations. */
export const proseFields = {
	title: title(),
	/** One-sentence standfirst for lists, meta tags and feeds. */
	description: text().max(320, { message: 'keep the standfirst to one sentence (320 characters at most)' }),
	corrections: z.array(z.object({ date: daySchema, note: text() }).strict()).default([]),
	draft: z.boolean().default(false),
};

/** Frontmatter shared by our articles and our summaries of other people's articles; `image` is Astro's image() helper. */
export function entryFields<Image extends z.ZodType>(image: Image) {
	return {
		...proseFields,
		published: daySchema,
		updated: daySchema.optional(),
		/** Ids of entries in content/authors. */
		authors: nonEmptyLinks('authors', 'author'),
		/** Ids of entries in content/topics. */
		tags: nonEmptyLinks('topics', 'topic'),
		countries: z.array(countryCodeSchema).min(1, { message: 'list at least one country code' }),
		image: z
			.object({
				src: image,
				alt: text('describe the image for readers who cannot see it'),
				credit: text(),
				licence: text(),
			})
			.strict()
			.optional(),
		/** Where and when the piece first appeared, if it was published elsewhere first. */
		republished: z.object({ publication: text(), date: partialDateSchema }).strict().optional(),
		/** Ids of entries in content/sources, in the order they are numbered in the references. */
		sources: nonEmptyLinks('sources', 'source'),
		figures: z.array(figureSchema).default([]),
		/** Ids of entries in content/events that the piece covers; each is listed on the timeline with a link back. */
		events: z.array(reference('events')).default([]),
		/** Originals are written in the default language; other languages are translations, in content/<collection>/<lang>/. */
		lang: z
			.enum(LANGUAGES)
			.default(DEFAULT_LANGUAGE)
			.refine((lang) => lang === DEFAULT_LANGUAGE, {
				message: `originals are written in ${DEFAULT_LANGUAGE}; put a translation in a language folder beside it (articles/es/<same file name>)`,
			}),
	};
}

type EntryData = z.output<z.ZodObject<ReturnType<typeof entryFields<z.ZodString>>>>;
/** The fields checkEntry reads: everything but the image, whose type depends on who validates it. */
type CheckedFields = Omit<EntryData, 'image'>;

/** Checks that need several fields of one entry at once. */
export function checkEntry(entry: CheckedFields, ctx: z.RefinementCtx): void {
	rejectDuplicates('authors', idsOf(entry.authors), ctx);
	rejectDuplicates('tags', idsOf(entry.tags), ctx);
	rejectDuplicates('countries', entry.countries, ctx);
	rejectDuplicates('sources', idsOf(entry.sources), ctx);
	rejectDuplicates('events', idsOf(entry.events), ctx);
	rejectDuplicates(
		'figures',
		entry.figures.map((figure) => figure.id),
		ctx,
	);
	if (entry.updated && entry.updated.iso < entry.published.iso)
		ctx.addIssue({ code: 'custom', path: ['updated'], message: 'updated is before published' });
	entry.corrections.forEach((correction, index) => {
		if (correction.date.iso < entry.published.iso)
			ctx.addIssue({ code: 'custom', path: ['corrections', index, 'date'], message: 'a correction cannot predate publication' });
	});
	const listed = new Set(idsOf(entry.sources));
	entry.figures.forEach((figure, index) => {
		if (!listed.has(figure.source.id))
			ctx.addIssue({
				code: 'custom',
				path: ['figures', index, 'source'],
				message: `"${figure.source.id}" is not among this entry's sources; add it to sources`,
			});
		if (figure.via !== undefined && !listed.has(figure.via.id))
			ctx.addIssue({
				code: 'custom',
				path: ['figures', index, 'via'],
				message: `"${figure.via.id}" is not among this entry's sources; add it to sources`,
			});
	});
}

export function articleSchema<Image extends z.ZodType>(image: Image) {
	return z.object(entryFields(image)).strict().superRefine(checkEntry);
}

/** A summary of someone else's article: `summaryOf` is that article's entry in content/sources. */
export function summarySchema<Image extends z.ZodType>(image: Image) {
	return z
		.object({ ...entryFields(image), summaryOf: reference('sources') })
		.strict()
		.superRefine((entry, ctx) => {
			checkEntry(entry, ctx);
			if (!idsOf(entry.sources).includes(entry.summaryOf.id))
				ctx.addIssue({
					code: 'custom',
					path: ['summaryOf'],
					message: `"${entry.summaryOf.id}" must also be listed in sources`,
				});
		});
}
