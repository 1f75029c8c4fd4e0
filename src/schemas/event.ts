import { z } from 'astro/zod';
import { text, title } from './text.ts';
import { countryCodeSchema } from './country.ts';
import { idsOf, reference } from './reference.ts';
import { partialDateSchema } from './partial-date.ts';
import { rejectDuplicates } from './unique.ts';
import { translationsField } from './translations.ts';

const description = text().max(500, { message: 'keep the description short (500 characters at most)' });

/** Something that happened, on the timeline. The file name is its id; articles list the events they cover. */
export const eventSchema = z
	.object({
		/** What happened, in a few words. */
		title: title(),
		/** As precisely as the sources date it: 2021-06 for "June 2021", 2023-01-19 for a day. */
		date: partialDateSchema,
		/** One or two sentences in our own words. */
		description,
		/** Where it happened, or the country it concerns: an ISO 3166-1 alpha-2 code. */
		country: countryCodeSchema,
		/** Ids of entries in content/sources that date it. */
		sources: z.array(reference('sources')).min(1, { message: 'list at least one source that dates the event' }),
		/** The title and description in every other language of the site: `translations: { es: { title, description } }`. */
		translations: translationsField({ title: title(), description }, 'the title and description'),
	})
	.strict()
	.superRefine((event, ctx) => rejectDuplicates('sources', idsOf(event.sources), ctx));

export type Event = z.output<typeof eventSchema>;
