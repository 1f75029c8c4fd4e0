/**
 * What the editor's forms hold, collection by collection: each field's key in the order files write
 * it (that of `npm run new`'s template for articles), its label and help, and how it is edited and
 * written (quoted, in flow style). The schemas in src/schemas/ decide what is valid; forms.test.ts
 * checks that every field they define is here, and nothing else. Plain data, so that the editor's page
 * and its server read the same description; the lists it picks from (sources, countries, categories…)
 * come from the server.
 */
import { languageName, TRANSLATION_LANGUAGES } from '../../src/i18n/languages.ts';

/** A closed list of words a field picks from; the server sends each, from the schemas. */
export type Vocabulary = 'categories' | 'qualifiers' | 'units' | 'sourceKinds';

/** Collections whose entries other files name by id. */
export type Linked = 'authors' | 'topics' | 'sources' | 'events';

/** The data of a form at the level of one object: a field reads its siblings to know whether it applies. */
export type Siblings = Record<string, unknown>;

interface Common {
	key: string;
	label: string;
	help?: string;
	/** The field may be left out of the file. */
	optional?: boolean;
	/** Whether the field applies, given its siblings and the whole form; when it does not, it is hidden and left out. */
	when?: (siblings: Siblings, root: Siblings) => boolean;
}

export type Field = Common &
	(
		| { kind: 'text'; quoted?: boolean; long?: boolean; nullable?: string }
		| { kind: 'day' }
		| { kind: 'partial-date'; nullable?: string }
		| { kind: 'count' }
		| { kind: 'yes-no'; omitWhenNo?: boolean }
		| { kind: 'choice'; options: Vocabulary }
		/** One id of another collection; `among: 'entry-sources'` offers only the sources the entry lists. */
		| { kind: 'link'; to: Linked; among?: 'entry-sources' }
		| { kind: 'links'; to: Linked; flow?: boolean }
		| { kind: 'country' }
		| { kind: 'countries'; flow?: boolean }
		| { kind: 'texts'; flow?: boolean }
		| { kind: 'group'; fields: Field[]; flow?: boolean }
		/** A list of objects; `flow` writes each item on one line, `{ label: …, value: … }`. */
		| { kind: 'list'; item: Field[]; itemLabel: string; flow?: boolean }
		/** A translation's `figures`: the prose of each of the original's figures, by figure id. */
		| { kind: 'figure-prose' }
		/** Written by the template and never edited (an original's `lang`). */
		| { kind: 'fixed' }
	);

export type FieldOf<K extends Field['kind']> = Extract<Field, { kind: K }>;

const isRange = (siblings: Siblings) => siblings.qualifier === 'range';
const isNotRange = (siblings: Siblings) => siblings.qualifier !== 'range';

/** A number as a source qualifies it: a value, or a range with min and max. */
const quantity: Field[] = [
	{ key: 'qualifier', label: 'Qualifier', kind: 'choice', options: 'qualifiers', help: 'as the source words it; "range" takes a lowest and a highest number' },
	{ key: 'value', label: 'Number', kind: 'count', when: isNotRange },
	{ key: 'min', label: 'Lowest', kind: 'count', when: isRange },
	{ key: 'max', label: 'Highest', kind: 'count', when: isRange },
];

export const FIGURE_FIELDS: Field[] = [
	{ key: 'id', label: 'Figure id', kind: 'text', help: 'unique across the whole site: lower-case words and digits joined by hyphens' },
	{ key: 'category', label: 'Category', kind: 'choice', options: 'categories' },
	...quantity,
	{ key: 'unit', label: 'Unit', kind: 'choice', options: 'units' },
	{ key: 'wording', label: "The source's words", kind: 'text', quoted: true, long: true, help: 'copied exactly as the source gives the figure' },
	{ key: 'victims', label: 'Who was counted', kind: 'text', optional: true, help: 'where the source says' },
	{ key: 'perpetrator', label: 'By whom', kind: 'text', optional: true, help: 'where the source says' },
	{
		key: 'period',
		label: 'Period covered',
		kind: 'group',
		flow: true,
		help: 'cannot end after the figure was reported',
		fields: [
			{ key: 'from', label: 'From', kind: 'partial-date' },
			{ key: 'to', label: 'To', kind: 'partial-date' },
		],
	},
	{ key: 'reported', label: 'Reported', kind: 'partial-date', help: 'when the source published the figure' },
	{
		key: 'place',
		label: 'Place',
		kind: 'group',
		flow: true,
		fields: [
			{ key: 'country', label: 'Country', kind: 'country' },
			{ key: 'region', label: 'Region', kind: 'text', optional: true },
		],
	},
	{
		key: 'breakdown',
		label: 'Breakdown',
		kind: 'list',
		itemLabel: 'part',
		flow: true,
		optional: true,
		help: 'parts the source gives, such as children',
		item: [{ key: 'label', label: 'Who this part counts', kind: 'text' }, ...quantity],
	},
	{ key: 'source', label: 'Who counted', kind: 'link', to: 'sources', among: 'entry-sources', help: "one of this entry's sources" },
	{
		key: 'via',
		label: 'Read in',
		kind: 'link',
		to: 'sources',
		among: 'entry-sources',
		optional: true,
		help: 'only when we know the figure through another publication; also among the sources',
	},
];

const proseFields: Field[] = [
	{ key: 'title', label: 'Title', kind: 'text', quoted: true, help: '150 characters at most' },
	{ key: 'description', label: 'Standfirst', kind: 'text', quoted: true, long: true, help: 'one sentence, shown in lists, search results and feeds' },
];

const corrections: Field = {
	key: 'corrections',
	label: 'Corrections',
	kind: 'list',
	itemLabel: 'correction',
	help: 'dated notes of changes after publication',
	item: [
		{ key: 'date', label: 'Date', kind: 'day' },
		{ key: 'note', label: 'Note', kind: 'text', quoted: true, long: true },
	],
};

const draft: Field = { key: 'draft', label: 'Draft', kind: 'yes-no', help: 'shown by the preview, never published' };

function entryFields(summary: boolean): Field[] {
	return [
		...proseFields,
		{ key: 'published', label: 'Published', kind: 'day', help: 'the day it goes live; not in the future' },
		{ key: 'updated', label: 'Updated', kind: 'day', optional: true, help: 'when you change it after publishing; explain under corrections' },
		{ key: 'authors', label: 'Authors', kind: 'links', to: 'authors', flow: true },
		{ key: 'tags', label: 'Topics', kind: 'links', to: 'topics', flow: true },
		{ key: 'countries', label: 'Countries', kind: 'countries', flow: true },
		{
			key: 'image',
			label: 'Picture',
			kind: 'group',
			optional: true,
			fields: [
				{ key: 'src', label: 'File', kind: 'text', help: 'next to the article (./name.jpg), or ../images/name.jpg' },
				{ key: 'alt', label: 'Description', kind: 'text', quoted: true, help: 'what it shows, for readers who cannot see it' },
				{ key: 'credit', label: 'Credit', kind: 'text', quoted: true },
				{ key: 'licence', label: 'Licence', kind: 'text', quoted: true },
			],
		},
		{
			key: 'republished',
			label: 'First published elsewhere',
			kind: 'group',
			optional: true,
			fields: [
				{ key: 'publication', label: 'Publication', kind: 'text', quoted: true },
				{ key: 'date', label: 'Date', kind: 'partial-date' },
			],
		},
		{ key: 'sources', label: 'Sources', kind: 'links', to: 'sources', help: 'in the order they are first cited: [1], [2] …' },
		...(summary
			? [{ key: 'summaryOf', label: 'Summary of', kind: 'link', to: 'sources', among: 'entry-sources', help: 'the article summarised, one of the sources' } as const]
			: []),
		{ key: 'figures', label: 'Figures', kind: 'list', itemLabel: 'figure', item: FIGURE_FIELDS, help: 'every casualty or repression figure the text mentions' },
		{ key: 'events', label: 'Events covered', kind: 'links', to: 'events', optional: true },
		corrections,
		{ key: 'lang', label: 'Language', kind: 'fixed' },
		draft,
	];
}

/** A record's prose in every other language of the site, under `translations.<lang>`. */
function translations(fields: (lang: string) => Field[], optional = false): Field {
	return {
		key: 'translations',
		label: 'Translations',
		kind: 'group',
		optional,
		fields: TRANSLATION_LANGUAGES.map((lang) => ({ key: lang, label: languageName(lang, 'en'), kind: 'group', optional, fields: fields(lang) })),
	};
}

export interface Form {
	label: string;
	/** What one entry is called: "article", "source" … */
	noun: string;
	fields: Field[];
	/** Whether the file has a Markdown body under its frontmatter. */
	body: boolean;
}

/** The forms of the collections an editor writes, by collection (src/content-model/collections.ts). */
export const FORMS = {
	articles: { label: 'Articles', noun: 'article', body: true, fields: entryFields(false) },
	summaries: { label: 'Summaries', noun: 'summary', body: true, fields: entryFields(true) },
	articleTranslations: { label: 'Translated articles', noun: 'translation', body: true, fields: translationFields() },
	summaryTranslations: { label: 'Translated summaries', noun: 'translation', body: true, fields: translationFields() },
	pages: { label: 'Pages', noun: 'page', body: true, fields: proseFields },
	sources: {
		label: 'Sources',
		noun: 'source',
		body: false,
		fields: [
			{ key: 'title', label: 'Title', kind: 'text', quoted: true, help: "the document's own title, or our description of it" },
			{ key: 'descriptiveTitle', label: 'The title is our description', kind: 'yes-no', help: "the document's own title is not known" },
			{ key: 'publisher', label: 'Publisher', kind: 'text', nullable: 'the document does not say' },
			{ key: 'authors', label: 'Bylines', kind: 'texts', optional: true, help: 'as printed; leave empty when it names none' },
			{ key: 'kind', label: 'Kind', kind: 'choice', options: 'sourceKinds' },
			{ key: 'published', label: 'Published', kind: 'partial-date', nullable: 'no text gives a date' },
			{ key: 'url', label: 'Web address', kind: 'text', optional: true, help: 'only an address you have checked; never a guess' },
			{ key: 'language', label: 'Language of the document', kind: 'text', optional: true, help: 'a code: en (the default), es, qu…' },
			{ key: 'partyToEvents', label: 'A party to the events', kind: 'yes-no', help: "a government decree, a politician's letter: labelled so wherever it is cited" },
			{ key: 'background', label: 'Background reading', kind: 'yes-no', omitWhenNo: true, help: 'listed on purpose although nothing cites it' },
			{ key: 'notes', label: 'Notes', kind: 'text', long: true, optional: true, help: 'how we know of it, and anything a reader should know' },
			translations(
				() => [
					{ key: 'title', label: 'Title', kind: 'text', optional: true, when: (_, source) => source.descriptiveTitle === true, help: 'our description, translated' },
					{ key: 'notes', label: 'Notes', kind: 'text', long: true, optional: true, when: (_, source) => typeof source.notes === 'string' },
					{ key: 'publisher', label: 'Publisher', kind: 'text', optional: true, help: 'where it has an established name in this language' },
				],
				true,
			),
		],
	},
	authors: {
		label: 'Authors',
		noun: 'author',
		body: false,
		fields: [
			{ key: 'name', label: 'Name', kind: 'text' },
			{ key: 'bio', label: 'Bio', kind: 'text', long: true, help: 'one or two sentences' },
			{ key: 'affiliation', label: 'Affiliation', kind: 'text', optional: true },
			{
				key: 'links',
				label: 'Links',
				kind: 'list',
				itemLabel: 'link',
				flow: true,
				optional: true,
				item: [
					{ key: 'label', label: 'Label', kind: 'text' },
					{ key: 'url', label: 'Address', kind: 'text' },
				],
			},
			translations(() => [
				{ key: 'name', label: 'Name', kind: 'text', optional: true, help: "a team's name; a person's stays as it is" },
				{ key: 'bio', label: 'Bio', kind: 'text', long: true },
			]),
		],
	},
	topics: {
		label: 'Topics',
		noun: 'topic',
		body: false,
		fields: [
			{ key: 'name', label: 'Name', kind: 'text' },
			{ key: 'description', label: 'Description', kind: 'text', long: true, help: 'one sentence, shown on the topic page' },
			translations(() => [
				{ key: 'name', label: 'Name', kind: 'text' },
				{ key: 'description', label: 'Description', kind: 'text', long: true },
			]),
		],
	},
	events: {
		label: 'Events',
		noun: 'event',
		body: false,
		fields: [
			{ key: 'title', label: 'What happened', kind: 'text', quoted: true },
			{ key: 'date', label: 'Date', kind: 'partial-date', help: 'never more precise than the sources' },
			{ key: 'description', label: 'Description', kind: 'text', long: true, help: 'one or two sentences, ours; 500 characters at most' },
			{ key: 'country', label: 'Country', kind: 'country' },
			{ key: 'sources', label: 'Sources', kind: 'links', to: 'sources', help: 'at least one that dates it' },
			translations(() => [
				{ key: 'title', label: 'What happened', kind: 'text' },
				{ key: 'description', label: 'Description', kind: 'text', long: true },
			]),
		],
	},
} as const satisfies Record<string, Form>;

export type FormName = keyof typeof FORMS;

function translationFields(): Field[] {
	return [
		...proseFields,
		{ key: 'translated', label: 'Translated', kind: 'day', help: 'the day the translation goes live' },
		{ key: 'updated', label: 'Updated', kind: 'day', optional: true },
		draft,
		{ key: 'figures', label: "The figures' words", kind: 'figure-prose', help: "who was counted, by whom, where, and the breakdown's labels" },
		{
			key: 'image',
			label: 'Picture',
			kind: 'group',
			optional: true,
			fields: [{ key: 'alt', label: 'Description', kind: 'text', quoted: true }],
		},
		corrections,
	];
}

/** The prose of a figure a translation gives, in file order. */
export const FIGURE_PROSE_KEYS = ['victims', 'perpetrator', 'region', 'breakdown'] as const;

/** How a value at a path of a form is written when the editor writes it anew. */
export interface Style {
	/** On one line: `[a, b]`, `{ from: …, to: … }`. */
	flow: boolean;
	/** A string in double quotes. */
	quoted: boolean;
	/** A day, written bare (2024-02-01) as the README writes publication dates. */
	day?: boolean;
	/** For an object: its keys in the order files write them. */
	order: readonly string[] | undefined;
}

const PLAIN: Style = { flow: false, quoted: false, order: undefined };

/** The style of the value at `path` (keys and list indexes) in a form's data. */
export function styleAt(fields: readonly Field[], path: readonly (string | number)[]): Style {
	let level: readonly Field[] | undefined = fields;
	let field: Field | undefined;
	let inListItem = false;
	for (const [index, step] of path.entries()) {
		if (typeof step === 'number') {
			if (field?.kind !== 'list') return PLAIN;
			level = field.item;
			inListItem = true;
			continue;
		}
		field = level?.find((candidate) => candidate.key === step);
		if (!field) return PLAIN;
		inListItem = false;
		level = field.kind === 'group' ? field.fields : undefined;
		// A translation's figures: <figure id> → victims | perpetrator | region | breakdown.
		if (field.kind === 'figure-prose') {
			const rest = path.slice(index + 1);
			if (rest.length === 1) return { ...PLAIN, order: FIGURE_PROSE_KEYS };
			if (rest.length === 2 && rest[1] === 'breakdown') return { ...PLAIN, flow: true };
			return PLAIN;
		}
	}
	if (inListItem && field?.kind === 'list') return { flow: field.flow ?? false, quoted: false, order: field.item.map((item) => item.key) };
	if (path.length === 0) return { flow: false, quoted: false, order: fields.map((item) => item.key) };
	if (!field) return PLAIN;
	switch (field.kind) {
		case 'text':
			return { ...PLAIN, quoted: field.quoted ?? false };
		case 'partial-date':
			return { ...PLAIN, quoted: true };
		case 'day':
			return { ...PLAIN, day: true };
		case 'group':
			return { flow: field.flow ?? false, quoted: false, order: field.fields.map((item) => item.key) };
		case 'links':
		case 'countries':
		case 'texts':
			return { ...PLAIN, flow: field.flow ?? false };
		default:
			return PLAIN;
	}
}
