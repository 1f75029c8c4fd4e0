import { z } from 'astro/zod';
import { text } from './text.ts';
import { countryCodeSchema } from './country.ts';
import { earliestDay, latestDay, partialDateSchema } from './partial-date.ts';
import { idSchema } from './id.ts';
import { reference } from './reference.ts';

export const FIGURE_CATEGORIES = [
	'killed',
	'injured',
	'detained',
	'disappeared',
	'displaced',
	'press-aggressions',
	'other',
] as const;

/** How the source qualifies its number. `range` takes `min` and `max`; every other qualifier takes `value`. */
export const QUALIFIERS = ['exact', 'at-least', 'more-than', 'nearly', 'about', 'estimated', 'range'] as const;

export const UNITS = ['people', 'incidents'] as const;

const count = z
	.number({ error: 'must be a whole number' })
	.int({ message: 'must be a whole number' })
	.nonnegative({ message: 'must not be negative' });

const quantityFields = {
	qualifier: z.enum(QUALIFIERS),
	value: count.optional(),
	min: count.optional(),
	max: count.optional(),
};

interface Quantity {
	qualifier: (typeof QUALIFIERS)[number];
	value?: number | undefined;
	min?: number | undefined;
	max?: number | undefined;
}

/** A qualified number takes `value`; a range takes ordered `min` and `max`, and never both forms. */
function checkQuantity(quantity: Quantity, ctx: z.RefinementCtx): void {
	if (quantity.qualifier === 'range') {
		if (quantity.min === undefined) ctx.addIssue({ code: 'custom', path: ['min'], message: 'a range needs min' });
		if (quantity.max === undefined) ctx.addIssue({ code: 'custom', path: ['max'], message: 'a range needs max' });
		if (quantity.value !== undefined)
			ctx.addIssue({ code: 'custom', path: ['value'], message: 'a range takes min and max, not value' });
		if (quantity.min !== undefined && quantity.max !== undefined && quantity.min > quantity.max)
			ctx.addIssue({
				code: 'custom',
				path: ['max'],
				message: `range is out of order: min ${quantity.min} is greater than max ${quantity.max}`,
			});
		return;
	}
	if (quantity.value === undefined)
		ctx.addIssue({ code: 'custom', path: ['value'], message: `qualifier "${quantity.qualifier}" needs a value` });
	for (const key of ['min', 'max'] as const) {
		if (quantity[key] !== undefined)
			ctx.addIssue({ code: 'custom', path: [key], message: `${key} is only for qualifier "range"` });
	}
}

export const breakdownSchema = z
	.object({
		/** Who this part counts, e.g. "children". */
		label: text(),
		...quantityFields,
	})
	.strict()
	.superRefine(checkQuantity);

export const periodSchema = z
	.object({ from: partialDateSchema, to: partialDateSchema })
	.strict()
	.refine((period) => earliestDay(period.from) <= latestDay(period.to), {
		message: 'period ends before it starts',
		path: ['to'],
	});

export const placeSchema = z
	.object({ country: countryCodeSchema, region: text().optional() })
	.strict();

export const figureSchema = z
	.object({
		/** Unique across the site, so that a figure can be linked and exported. */
		id: idSchema,
		category: z.enum(FIGURE_CATEGORIES),
		...quantityFields,
		unit: z.enum(UNITS),
		/** The source's own words for the figure, quoted exactly. */
		wording: text(),
		victims: text().optional(),
		perpetrator: text().optional(),
		period: periodSchema,
		reported: partialDateSchema,
		place: placeSchema,
		breakdown: z.array(breakdownSchema).optional(),
		/** Who counted: one of the entry's sources. */
		source: reference('sources'),
		/** Where we read it, when we know the figure only through another publication's report of it. */
		via: reference('sources').optional(),
	})
	.strict()
	.superRefine((figure, ctx) => {
		checkQuantity(figure, ctx);
		if (earliestDay(figure.period.to) > latestDay(figure.reported))
			ctx.addIssue({
				code: 'custom',
				path: ['period', 'to'],
				message: `period ends (${figure.period.to.iso}) after the figure was reported (${figure.reported.iso})`,
			});
		if (figure.via !== undefined && figure.via.id === figure.source.id)
			ctx.addIssue({ code: 'custom', path: ['via'], message: 'via names the same source as source; leave via out' });
	});

export type Figure = z.output<typeof figureSchema>;
export type FigureCategory = (typeof FIGURE_CATEGORIES)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
