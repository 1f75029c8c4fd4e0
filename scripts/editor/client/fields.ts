import { FIGURE_PROSE_KEYS, type Field, type FieldOf } from '../forms.ts';
import type { Catalog } from './api.ts';
import { h } from './dom.ts';

/**
 * The form of one file, laid out from its description (forms.ts) over its data. Each control writes
 * into the data as the editor types; nothing else is kept, so that what is saved is exactly the data.
 */

type Data = Record<string, unknown>;
type Path = (string | number)[];

export interface FormContext {
	catalog: Catalog;
	/** The whole form's data. */
	root: Data;
	/** The file's id, from which new figure ids are made. */
	entryId: string;
	/** Prefix of the form's element ids, unique on the page (a dialog's form lies over the entry's). */
	scope: string;
	/** For a translation, the original's data. */
	original: Data | undefined;
	/** The ids of the entry's sources (an original's, for a translation), which some fields pick among. */
	entrySources(): string[];
	/** The data changed; `layout` when the form must be laid out anew (a field appears, goes, or its choices change). */
	changed(layout: boolean): void;
	/** Opens the form of a new source; answers its id once it is created. */
	newSource?: () => Promise<string | undefined>;
}

/** A field's path as the content check names it: `figures[0].period.from`. */
export function pathText(path: readonly (string | number)[]): string {
	return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${key}`)).join('');
}

const idOf = (ctx: FormContext, path: Path) => `${ctx.scope}-${pathText(path).replace(/[^A-Za-z0-9]+/g, '-')}`;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function set(parent: Data, key: string, value: unknown): void {
	if (value === undefined) delete parent[key];
	else parent[key] = value;
}

/**
 * A control's row: its label, the control, and its help, under which the content check's messages
 * about the field are shown (see showProblems); `data-field` is the field as the check names it.
 */
function row(field: Field, path: Path, ctx: FormContext, control: HTMLElement, labelFor = true): HTMLElement {
	const helpId = `${idOf(ctx, path)}-help`;
	control.setAttribute('aria-describedby', helpId);
	return h(
		'div',
		{ class: 'field', 'data-field': pathText(path) },
		h(labelFor ? 'label' : 'span', labelFor ? { for: control.id } : { class: 'label' }, field.label, field.optional ? h('span', { class: 'optional' }, ' optional') : ''),
		control,
		h('div', { id: helpId, class: 'help' }, field.help ?? ''),
	);
}

/** Shows each of the content check's messages under the field it names, or the nearest part of the form that holds it. */
export function showProblems(form: HTMLElement, problems: readonly { field: string; message: string }[]): void {
	for (const old of form.querySelectorAll('.check-message')) old.remove();
	for (const marked of form.querySelectorAll('.has-problem')) marked.classList.remove('has-problem');
	for (const { field, message } of problems) {
		let key = /^line \d+$/.test(field) ? 'body' : field;
		let place = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(key)}"]`);
		while (!place && /[.[]/.test(key)) {
			key = key.replace(/(\.[^.[]+|\[\d+\])$/, '');
			place = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(key)}"]`);
		}
		if (!place) continue;
		place.classList.add('has-problem');
		const text = h('p', { class: 'problem check-message' }, `${field}: ${message}`);
		const help = place.querySelector(':scope > .help');
		if (help) help.append(text);
		else place.querySelector(':scope > legend')?.after(text);
	}
}

function input(ctx: FormContext, path: Path, type = 'text', attributes: Record<string, string | number> = {}): HTMLInputElement {
	return h('input', { id: idOf(ctx, path), type, 'data-path': pathText(path), ...attributes });
}

function textControl(field: FieldOf<'text'>, parent: Data, path: Path, ctx: FormContext): HTMLElement {
	const value = parent[field.key];
	const control =
		field.long === true
			? h('textarea', { id: idOf(ctx, path), rows: 3, 'data-path': pathText(path) })
			: input(ctx, path);
	control.value = value === null || value === undefined ? '' : String(value);
	control.addEventListener('input', () => {
		const wasEmpty = parent[field.key] === undefined || parent[field.key] === '';
		set(parent, field.key, control.value === '' && field.optional ? undefined : control.value);
		ctx.changed(wasEmpty !== (control.value === ''));
	});
	if (field.nullable === undefined) return row(field, path, ctx, control);
	control.disabled = value === null;
	return withNull(ctx, row(field, path, ctx, control), field.nullable, value === null, path, (isNull) => {
		set(parent, field.key, isNull ? null : '');
		ctx.changed(true);
	});
}

/** A checkbox under a field that can say "not known": the value is then null. */
function withNull(ctx: FormContext, fieldRow: HTMLElement, label: string, checked: boolean, path: Path, toggle: (isNull: boolean) => void): HTMLElement {
	const box = input(ctx, [...path, 'null'], 'checkbox');
	box.checked = checked;
	box.addEventListener('change', () => toggle(box.checked));
	fieldRow.append(h('label', { class: 'null-choice' }, box, ` ${label}`));
	return fieldRow;
}

function dateControl(field: FieldOf<'day' | 'partial-date'>, parent: Data, path: Path, ctx: FormContext): HTMLElement {
	const value = parent[field.key];
	const control =
		field.kind === 'day'
			? input(ctx, path, 'date')
			: input(ctx, path, 'text', { placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', inputmode: 'numeric', size: 12 });
	control.value = value === null || value === undefined ? '' : String(value);
	control.addEventListener('input', () => {
		set(parent, field.key, control.value === '' && field.optional ? undefined : control.value);
		ctx.changed(false);
	});
	if (field.kind === 'day' || field.nullable === undefined) return row(field, path, ctx, control);
	control.disabled = value === null;
	return withNull(ctx, row(field, path, ctx, control), field.nullable, value === null, path, (isNull) => {
		set(parent, field.key, isNull ? null : '');
		ctx.changed(true);
	});
}

function countControl(field: Field, parent: Data, path: Path, ctx: FormContext): HTMLElement {
	const control = input(ctx, path, 'number', { min: 0, step: 1, inputmode: 'numeric' });
	const value = parent[field.key];
	control.value = value === undefined ? '' : String(value);
	control.addEventListener('input', () => {
		set(parent, field.key, control.value === '' ? undefined : Number(control.value));
		ctx.changed(false);
	});
	return row(field, path, ctx, control);
}

function yesNoControl(field: FieldOf<'yes-no'>, parent: Data, path: Path, ctx: FormContext): HTMLElement {
	const box = input(ctx, path, 'checkbox');
	box.checked = parent[field.key] === true;
	box.addEventListener('change', () => {
		set(parent, field.key, box.checked ? true : field.omitWhenNo ? undefined : false);
		ctx.changed(true);
	});
	return row(field, path, ctx, box);
}

/** A select over `options`; a value not among them (a mistyped id, say) stays shown, and says so. */
function select(
	ctx: FormContext,
	path: Path,
	options: readonly { value: string; label: string }[],
	value: unknown,
	empty: string | undefined,
	unknownNote: string,
): HTMLSelectElement {
	const control = h('select', { id: idOf(ctx, path), 'data-path': pathText(path) });
	if (empty !== undefined) control.append(h('option', { value: '' }, empty));
	const all = [...options];
	if (typeof value === 'string' && value !== '' && !options.some((option) => option.value === value))
		all.push({ value, label: `${value} (${unknownNote})` });
	for (const option of all) control.append(h('option', { value: option.value }, option.label));
	control.value = typeof value === 'string' ? value : '';
	return control;
}

/** Leaves out the fields that no longer apply once a choice changed (a range has no single value). */
function prune(siblings: readonly Field[], parent: Data, ctx: FormContext): void {
	for (const field of siblings) if (field.when && !field.when(parent, ctx.root)) delete parent[field.key];
}

function choiceControl(field: FieldOf<'choice'>, parent: Data, path: Path, ctx: FormContext, siblings: readonly Field[]): HTMLElement {
	const value = parent[field.key];
	const options = ctx.catalog.vocabularies[field.options].map(({ value: option, label }) => ({
		value: option,
		label: label === '' || label === option ? option : `${option}: ${label}`,
	}));
	const control = select(ctx, path, options, value, value === undefined ? 'choose…' : undefined, 'not one of the choices');
	control.addEventListener('change', () => {
		set(parent, field.key, control.value === '' ? undefined : control.value);
		prune(siblings, parent, ctx);
		ctx.changed(true);
	});
	return row(field, path, ctx, control);
}

/** The entries a link field offers, with their titles. */
function linkOptions(field: FieldOf<'link' | 'links'>, ctx: FormContext): { value: string; label: string }[] {
	const listed = ctx.catalog.entries[field.to].map((entry) => ({
		value: entry.id,
		label: entry.date ? `${entry.label} (${entry.date})` : entry.label,
	}));
	if (field.kind === 'link' && field.among === 'entry-sources')
		return ctx.entrySources().map((id) => listed.find((option) => option.value === id) ?? { value: id, label: id });
	return listed;
}

function linkControl(field: FieldOf<'link'>, parent: Data, path: Path, ctx: FormContext): HTMLElement {
	const value = parent[field.key];
	const note = field.among === 'entry-sources' ? "not among this entry's sources" : 'no such entry';
	const control = select(ctx, path, linkOptions(field, ctx), value, field.optional ? 'none' : value === undefined || value === '' ? 'choose…' : undefined, note);
	control.addEventListener('change', () => {
		set(parent, field.key, control.value === '' ? (field.optional ? undefined : '') : control.value);
		ctx.changed(false);
	});
	return row(field, path, ctx, control);
}

function countryOptions(ctx: FormContext) {
	return ctx.catalog.countries.map(({ code, name }) => ({ value: code, label: `${name} (${code})` }));
}

function countryControl(field: Field, parent: Data, path: Path, ctx: FormContext): HTMLElement {
	const value = parent[field.key];
	const control = select(ctx, path, countryOptions(ctx), value, value === undefined || value === '' ? 'choose…' : undefined, 'not a country code');
	control.addEventListener('change', () => {
		set(parent, field.key, control.value);
		ctx.changed(false);
	});
	return row(field, path, ctx, control);
}

/**
 * An ordered list of ids picked from what exists (authors, topics, sources, events, countries): each
 * shown by its title, with buttons to move and remove it, and a list to add from.
 */
function pickedList(
	field: Field,
	parent: Data,
	path: Path,
	ctx: FormContext,
	options: { value: string; label: string }[],
	noun: string,
): HTMLElement {
	const values = Array.isArray(parent[field.key]) ? (parent[field.key] as unknown[]).map(String) : [];
	const labelOf = (value: string) => options.find((option) => option.value === value)?.label ?? `${value} (no such entry)`;
	const update = (next: string[]) => {
		set(parent, field.key, next.length === 0 && field.optional ? undefined : next);
		ctx.changed(true);
	};
	const items = values.map((value, index) =>
		h(
			'li',
			{ 'data-value': value },
			h('span', { class: 'picked' }, labelOf(value)),
			h('button', { type: 'button', class: 'small', 'aria-label': `Move ${labelOf(value)} up`, disabled: index === 0, onclick: () => update(moved(values, index, -1)) }, '↑'),
			h(
				'button',
				{ type: 'button', class: 'small', 'aria-label': `Move ${labelOf(value)} down`, disabled: index === values.length - 1, onclick: () => update(moved(values, index, 1)) },
				'↓',
			),
			h('button', { type: 'button', class: 'small', 'aria-label': `Remove ${labelOf(value)}`, onclick: () => update(values.filter((_, other) => other !== index)) }, '✕'),
		),
	);
	const adder = h('select', { id: idOf(ctx, path), 'data-path': `${pathText(path)}:add` }, h('option', { value: '' }, `add ${noun}…`));
	for (const option of options.filter((candidate) => !values.includes(candidate.value))) adder.append(h('option', { value: option.value }, option.label));
	adder.addEventListener('change', () => adder.value !== '' && update([...values, adder.value]));
	const control = h('div', { class: 'picked-list' }, h('ul', {}, ...items), adder);
	control.id = `${idOf(ctx, path)}-list`;
	const fieldRow = row(field, path, ctx, control, false);
	fieldRow.querySelector('.label')?.setAttribute('id', `${idOf(ctx, path)}-label`);
	adder.setAttribute('aria-label', `${field.label}: add ${noun}`);
	if ('to' in field && field.to === 'sources' && ctx.newSource) {
		const newSource = ctx.newSource;
		control.append(
			h('button', {
				type: 'button',
				onclick: async () => {
					const id = await newSource();
					if (id) update([...values, id]);
				},
			}, 'New source…'),
		);
	}
	return fieldRow;
}

function moved<T>(list: readonly T[], index: number, by: number): T[] {
	const next = [...list];
	const [item] = next.splice(index, 1);
	if (item !== undefined) next.splice(index + by, 0, item);
	return next;
}

function textsControl(field: Field, parent: Data, path: Path, ctx: FormContext): HTMLElement {
	const values = Array.isArray(parent[field.key]) ? (parent[field.key] as unknown[]).map(String) : [];
	const update = (next: string[], layout: boolean) => {
		set(parent, field.key, next.length === 0 && field.optional ? undefined : next);
		ctx.changed(layout);
	};
	const control = h(
		'div',
		{ class: 'texts', id: `${idOf(ctx, path)}-list` },
		...values.map((value, index) => {
			const line = input(ctx, [...path, index]);
			line.value = value;
			line.setAttribute('aria-label', `${field.label} ${index + 1}`);
			line.addEventListener('input', () => update(values.map((other, at) => (at === index ? line.value : other)), false));
			return h('div', {}, line, h('button', { type: 'button', class: 'small', 'aria-label': `Remove ${field.label} ${index + 1}`, onclick: () => update(values.filter((_, at) => at !== index), true) }, '✕'));
		}),
		h('button', { type: 'button', onclick: () => update([...values, ''], true) }, `Add to ${field.label.toLowerCase()}`),
	);
	return row(field, path, ctx, control, false);
}

/** Starting data for a new object of these fields: what each field needs to be filled in. */
export function defaults(fields: readonly Field[], ctx: FormContext, path: Path): Data {
	const data: Data = {};
	for (const field of fields) {
		if (field.optional || (field.when && !field.when(data, ctx.root))) continue;
		switch (field.kind) {
			case 'text':
			case 'partial-date':
				data[field.key] = '';
				break;
			case 'day':
				data[field.key] = ctx.catalog.today;
				break;
			case 'yes-no':
				if (!field.omitWhenNo) data[field.key] = false;
				break;
			case 'choice':
				data[field.key] = ctx.catalog.vocabularies[field.options][0]?.value;
				break;
			case 'link':
				data[field.key] = field.among === 'entry-sources' ? (ctx.entrySources()[0] ?? '') : '';
				break;
			case 'country': {
				const countries = ctx.root.countries;
				data[field.key] = Array.isArray(countries) && typeof countries[0] === 'string' ? countries[0] : '';
				break;
			}
			case 'group':
				data[field.key] = defaults(field.fields, ctx, [...path, field.key]);
				break;
			case 'links':
			case 'countries':
			case 'texts':
			case 'list':
				data[field.key] = [];
				break;
			default:
				break;
		}
	}
	if (path.at(-2) === 'figures' && typeof data.id === 'string') data.id = newFigureId(ctx);
	return data;
}

/** An id for a new figure, from the entry's: `<entry>-figure-<n>`, the first n no figure of the entry has. */
function newFigureId(ctx: FormContext): string {
	const taken = new Set((Array.isArray(ctx.root.figures) ? ctx.root.figures : []).map((figure) => (figure as Data).id));
	let n = 1;
	while (taken.has(`${ctx.entryId}-figure-${n}`)) n += 1;
	return `${ctx.entryId}-figure-${n}`;
}

function groupControl(field: FieldOf<'group'>, parent: Data, path: Path, ctx: FormContext): HTMLElement {
	const value = parent[field.key];
	const key = pathText(path);
	if (typeof value !== 'object' || value === null) {
		if (!field.optional) {
			parent[field.key] = defaults(field.fields, ctx, path);
			return groupControl(field, parent, path, ctx);
		}
		return h(
			'div',
			{ class: 'field', 'data-field': key },
			h('button', { type: 'button', 'data-path': `${key}:add`, onclick: () => ((parent[field.key] = defaults(field.fields, ctx, path)), ctx.changed(true)) }, `Add: ${field.label}`),
		);
	}
	return h(
		'fieldset',
		{ class: field.flow ? 'group inline' : 'group', 'data-field': key },
		h('legend', {}, field.label, field.optional ? h('span', { class: 'optional' }, ' optional') : ''),
		field.help ? h('p', { class: 'help' }, field.help) : '',
		...renderFields(field.fields, value as Data, path, ctx),
		field.optional ? h('button', { type: 'button', class: 'remove', onclick: () => (delete parent[field.key], ctx.changed(true)) }, `Remove: ${field.label}`) : '',
	);
}

function listControl(field: FieldOf<'list'>, parent: Data, path: Path, ctx: FormContext): HTMLElement {
	const key = pathText(path);
	const items = Array.isArray(parent[field.key]) ? (parent[field.key] as Data[]) : [];
	const noun = capitalised(field.itemLabel);
	const update = (next: Data[]) => {
		set(parent, field.key, next.length === 0 && field.optional ? undefined : next);
		ctx.changed(true);
	};
	return h(
		'fieldset',
		{ class: 'list', 'data-field': key },
		h('legend', {}, field.label, field.optional ? h('span', { class: 'optional' }, ' optional') : ''),
		field.help ? h('p', { class: 'help' }, field.help) : '',
		...items.map((item, index) =>
			h(
				'fieldset',
				{ class: field.flow ? 'item inline' : 'item', 'data-field': pathText([...path, index]) },
				h('legend', {}, `${noun} ${index + 1}`),
				...renderFields(field.item, item, [...path, index], ctx),
				h(
					'div',
					{ class: 'item-actions' },
					h('button', { type: 'button', class: 'small', disabled: index === 0, onclick: () => update(moved(items, index, -1)) }, `Move ${field.itemLabel} ${index + 1} up`),
					h('button', { type: 'button', class: 'small', disabled: index === items.length - 1, onclick: () => update(moved(items, index, 1)) }, `Move ${field.itemLabel} ${index + 1} down`),
					h('button', { type: 'button', class: 'small', onclick: () => update(items.filter((_, other) => other !== index)) }, `Remove ${field.itemLabel} ${index + 1}`),
				),
			),
		),
		h('button', { type: 'button', 'data-path': `${key}:add`, onclick: () => update([...items, defaults(field.item, ctx, [...path, items.length])]) }, `Add ${field.itemLabel}`),
	);
}

/** A translation's figures: for each of the original's figures with prose, its words to write in the translation's language. */
function figureProseControl(field: Field, parent: Data, path: Path, ctx: FormContext): HTMLElement {
	const originals = Array.isArray(ctx.original?.figures) ? (ctx.original.figures as Data[]) : [];
	const translated = (typeof parent[field.key] === 'object' && parent[field.key] !== null ? parent[field.key] : {}) as Record<string, Data>;
	const labels: Record<(typeof FIGURE_PROSE_KEYS)[number], string> = { victims: 'Who was counted', perpetrator: 'By whom', region: 'Region', breakdown: 'Breakdown' };
	const figures = originals.flatMap((figure) => {
		const id = String(figure.id);
		const place = (typeof figure.place === 'object' && figure.place !== null ? figure.place : {}) as Data;
		const prose: Data = { victims: figure.victims, perpetrator: figure.perpetrator, region: place.region, breakdown: figure.breakdown };
		const keys = FIGURE_PROSE_KEYS.filter((proseKey) => prose[proseKey] !== undefined);
		if (keys.length === 0) return [];
		const figurePath = [...path, id];
		const own = () => {
			translated[id] ??= {};
			parent[field.key] = translated;
			return translated[id];
		};
		const controls = keys.flatMap((proseKey) => {
			if (proseKey === 'breakdown') {
				const parts = Array.isArray(prose.breakdown) ? (prose.breakdown as Data[]) : [];
				return parts.map((part, index) => {
					const control = input(ctx, [...figurePath, 'breakdown', index], 'text', { placeholder: String(part.label) });
					const current = translated[id]?.breakdown;
					control.value = Array.isArray(current) && current[index] !== undefined ? String(current[index]) : '';
					control.addEventListener('input', () => {
						const labelsNow = Array.isArray(own().breakdown) ? [...(own().breakdown as string[])] : parts.map(() => '');
						labelsNow[index] = control.value;
						own().breakdown = labelsNow;
						ctx.changed(false);
					});
					return row({ key: 'breakdown', label: `Breakdown, part ${index + 1}: ${String(part.label)}`, kind: 'text' }, [...figurePath, 'breakdown', index], ctx, control);
				});
			}
			const control = input(ctx, [...figurePath, proseKey], 'text', { placeholder: String(prose[proseKey]) });
			control.value = typeof translated[id]?.[proseKey] === 'string' ? String(translated[id]?.[proseKey]) : '';
			control.addEventListener('input', () => {
				own()[proseKey] = control.value;
				ctx.changed(false);
			});
			return [row({ key: proseKey, label: labels[proseKey], kind: 'text', help: `the original: ${String(prose[proseKey])}` }, [...figurePath, proseKey], ctx, control)];
		});
		return [
			h(
				'fieldset',
				{ class: 'item', 'data-field': pathText(figurePath) },
				h('legend', {}, id),
				h('p', { class: 'help' }, `The source's words, which stay as they are: “${String(figure.wording)}”`),
				...controls,
			),
		];
	});
	return h(
		'fieldset',
		{ class: 'list', 'data-field': pathText(path) },
		h('legend', {}, field.label),
		field.help ? h('p', { class: 'help' }, field.help) : '',
		...(figures.length > 0 ? figures : [h('p', {}, 'The original has no figure with words to translate.')]),
	);
}

/** The controls of `fields` over `parent`, the object at `path` in the form's data. */
export function renderFields(fields: readonly Field[], parent: Data, path: Path, ctx: FormContext): HTMLElement[] {
	return fields.flatMap((field): HTMLElement[] => {
		const at = [...path, field.key];
		// A field that does not apply is hidden, unless the file gives it anyway: the check then says why it is wrong.
		if (field.when && !field.when(parent, ctx.root) && parent[field.key] === undefined) return [];
		switch (field.kind) {
			case 'text':
				return [textControl(field, parent, at, ctx)];
			case 'day':
			case 'partial-date':
				return [dateControl(field, parent, at, ctx)];
			case 'count':
				return [countControl(field, parent, at, ctx)];
			case 'yes-no':
				return [yesNoControl(field, parent, at, ctx)];
			case 'choice':
				return [choiceControl(field, parent, at, ctx, fields)];
			case 'link':
				return [linkControl(field, parent, at, ctx)];
			case 'links':
				return [pickedList(field, parent, at, ctx, linkOptions(field, ctx), { authors: 'an author', topics: 'a topic', sources: 'a source', events: 'an event' }[field.to])];
			case 'country':
				return [countryControl(field, parent, at, ctx)];
			case 'countries':
				return [pickedList(field, parent, at, ctx, countryOptions(ctx), 'a country')];
			case 'texts':
				return [textsControl(field, parent, at, ctx)];
			case 'group':
				return [groupControl(field, parent, at, ctx)];
			case 'list':
				return [listControl(field, parent, at, ctx)];
			case 'figure-prose':
				return [figureProseControl(field, parent, at, ctx)];
			case 'fixed':
				return [];
		}
	});
}
