import { z } from 'astro/zod';
import { partialDateSchema } from './partial-date.ts';

export const SOURCE_KINDS = [
	'human-rights-organisation',
	'intergovernmental-body',
	'state-body',
	'press',
	'political-statement',
	'academic',
	'other',
] as const;

/** One document, shared by every entry that cites it. The file name is its id. */
export const sourceSchema = z
	.object({
		title: z.string().min(1),
		/** True when the document's own title is not known and `title` is our description of it. */
		descriptiveTitle: z.boolean().default(false),
		/** Who published it; `null` when the document itself does not say. */
		publisher: z.string().min(1).nullable(),
		/** Bylines as the document gives them; leave out when it names none. */
		authors: z.array(z.string().min(1)).optional(),
		kind: z.enum(SOURCE_KINDS),
		/** As precisely as known: 2023, 2023-05 or 2023-01-26; `null` when no text gives a date (say what is known in notes). */
		published: partialDateSchema.nullable(),
		/** Only a web address that is actually known. Never a guess. */
		url: z.url({ protocol: /^https?$/, message: 'must be a full http(s) web address' }).optional(),
		/** A party to the events (a government statement, a politician's letter): readers are told so wherever it is cited. */
		partyToEvents: z.boolean().default(false),
		/** Listed on purpose as background reading although no entry or event cites it; the build otherwise refuses a source nobody cites. */
		background: z.boolean().default(false),
		notes: z.string().min(1).optional(),
	})
	.strict();

export type Source = z.output<typeof sourceSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
