import { slugify } from '../../article-template.ts';
import { FORMS, type FormName } from '../forms.ts';
import { api, type Catalog, type Opened, previewBase, Refused, type Report } from './api.ts';
import { bodyEditor } from './body.ts';
import { h } from './dom.ts';
import { type FormContext, renderFields, showProblems } from './fields.ts';

/**
 * The editors' desk: the list of what is in content/ beside the form of the file being edited, and
 * the content check's report on it. Files are opened by address (#articles/<id>), written only when
 * the editor saves, and checked as they are edited.
 */

type Data = Record<string, unknown>;

interface Current extends Opened {
	/** The data and text as last saved or opened, to tell unsaved changes. */
	saved: string;
}

const app = document.getElementById('app') as HTMLElement;
const base = previewBase;
let catalog: Catalog;
let current: Current | undefined;
let checkTimer: ReturnType<typeof setTimeout> | undefined;
let checkRound = 0;

const nav = h('nav', { 'aria-label': 'Content' });
const main = h('main', { id: 'form' });
const panel = h('aside', { id: 'check', 'aria-labelledby': 'check-title' });
const status = h('p', { class: 'status', role: 'status' });
const saveButton = h('button', { type: 'button', class: 'primary', disabled: true, onclick: () => void save() }, 'Save');

const TRANSLATIONS: Partial<Record<FormName, FormName>> = { articles: 'articleTranslations', summaries: 'summaryTranslations', pages: 'pages' };

const snapshot = (entry: { data: Data; body: string }) => JSON.stringify({ data: entry.data, body: entry.body });
const isDirty = () => current !== undefined && snapshot(current) !== current.saved;

function say(message: string, problem = false): void {
	status.textContent = message;
	status.classList.toggle('error', problem);
	status.setAttribute('role', problem ? 'alert' : 'status');
}

function failed(error: unknown): void {
	say(error instanceof Refused ? error.message : `The editor could not do that: ${(error as Error).message}`, true);
}

// ---------------------------------------------------------------------------------------------------
// The list of files

const filter = h('input', { type: 'search', id: 'find', placeholder: 'title or file name' });
filter.addEventListener('input', () => renderNav());
const lists = h('div', {});
nav.append(h('h2', {}, 'Content'), h('label', { for: 'find' }, 'Find'), filter, lists);

function renderNav(): void {
	const words = filter.value.trim().toLowerCase();
	const matches = (entry: { id: string; label: string }) => words === '' || `${entry.label} ${entry.id}`.toLowerCase().includes(words);
	lists.replaceChildren(
		...(Object.keys(FORMS) as FormName[]).map((name) => {
			const form = FORMS[name];
			const entries = catalog.entries[name];
			const creatable = name !== 'articleTranslations' && name !== 'summaryTranslations';
			return h(
				'section',
				{ class: 'collection', 'aria-label': form.label },
				h('h3', {}, form.label, h('span', { class: 'tag' }, ` ${entries.length}`)),
				creatable ? h('button', { type: 'button', class: 'small', onclick: () => void startNew(name) }, `New ${form.noun}`) : '',
				h(
					'ul',
					{},
					...entries.filter(matches).map((entry) =>
						h(
							'li',
							{},
							h(
								'a',
								{ href: `#${name}/${entry.id}`, 'aria-current': current?.collection === name && current.id === entry.id ? 'page' : undefined },
								entry.label,
							),
							entry.draft ? h('span', { class: 'tag' }, ' draft') : '',
						),
					),
				),
			);
		}),
	);
}

// ---------------------------------------------------------------------------------------------------
// The content check's report

function renderReport(report: Report): void {
	panel.replaceChildren(
		h('h2', { id: 'check-title' }, 'Content check'),
		report.problems.length > 0 ? h('pre', { class: 'report' }, report.text) : h('p', { class: 'ok' }, `No problems in ${report.file}.`),
		report.elsewhere > 0
			? h('p', { class: 'help' }, `${report.elsewhere} problem${report.elsewhere === 1 ? '' : 's'} in other files: \`npm run check\` lists them.`)
			: '',
	);
	showProblems(main, report.problems);
}

function scheduleCheck(): void {
	clearTimeout(checkTimer);
	checkTimer = setTimeout(() => void check(), 350);
}

async function check(): Promise<void> {
	if (!current) return;
	const round = ++checkRound;
	try {
		const report = await api.check(draftOf(current));
		if (round === checkRound) renderReport(report);
	} catch (error) {
		if (round === checkRound) failed(error);
	}
}

const draftOf = (entry: Current) => ({ collection: entry.collection, id: entry.id, version: entry.version, data: entry.data, body: entry.body });

// ---------------------------------------------------------------------------------------------------
// The form

function entrySources(entry: Current): string[] {
	const sources = (entry.original ?? entry.data).sources;
	return Array.isArray(sources) ? sources.filter((id): id is string => typeof id === 'string') : [];
}

/** The address of an entry's page in the preview, where there is one. */
function previewPath(entry: Current): string | undefined {
	const [first, second] = entry.id.split('/');
	const lang = second === undefined ? '' : `${first}/`;
	const id = second ?? first;
	if (entry.collection === 'pages') return `${base}${lang}${id}/`;
	const folder = catalog.folders[entry.collection];
	if (entry.collection === 'sources' || !['articles', 'summaries', 'articleTranslations', 'summaryTranslations'].includes(entry.collection)) return undefined;
	return `${base}${lang}${folder}/${id}/`;
}

function translationActions(entry: Current): HTMLElement | '' {
	const translations = TRANSLATIONS[entry.collection];
	if (!translations || entry.id.includes('/') || entry.version === undefined) return '';
	return h(
		'div',
		{ class: 'translations' },
		...catalog.languages.map(({ code, name }) => {
			const id = `${code}/${entry.id}`;
			if (catalog.entries[translations].some((listed) => listed.id === id))
				return h('a', { href: `#${translations}/${id}` }, `Open the ${name} translation`);
			return h('button', { type: 'button', onclick: () => void startTranslation(translations, id) }, `Translate into ${name}`);
		}),
	);
}

function renderEntry(): void {
	const entry = current;
	if (!entry) return;
	const form = FORMS[entry.collection];
	const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.path : undefined;
	const active = document.activeElement;
	// Number, date and check boxes have no selection to keep.
	const selection =
		(active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) && active.selectionStart !== null
			? [active.selectionStart, active.selectionEnd]
			: undefined;
	const ctx: FormContext = {
		catalog,
		root: entry.data,
		entryId: entry.id.split('/').at(-1) ?? entry.id,
		scope: 'field',
		original: entry.original,
		entrySources: () => entrySources(entry),
		changed: (layout) => {
			touched();
			if (layout) renderEntry();
		},
		newSource: entry.collection === 'sources' ? undefined : newSource,
	};
	const preview = previewPath(entry);
	main.replaceChildren(
		h(
			'header',
			{ class: 'entry-header' },
			h('h1', {}, entry.version === undefined ? `New ${form.noun}` : String(entry.data.title ?? entry.data.name ?? entry.id)),
			h('p', { class: 'file' }, entry.file, entry.version === undefined ? ' (not written yet)' : ''),
			preview && entry.version !== undefined ? h('a', { href: preview, target: '_blank', rel: 'noopener' }, 'Preview (opens the page beside the editor)') : '',
			translationActions(entry),
		),
		h('form', { class: 'fields', onsubmit: (event: Event) => event.preventDefault() }, ...renderFields(form.fields, entry.data, [], ctx)),
		form.body
			? bodyEditor(entry.body, { catalog, entrySources: () => entrySources(entry), changed: touched }, (text) => {
					entry.body = text;
				})
			: '',
	);
	renderReport(entry.report);
	if (focused) {
		const again = main.querySelector<HTMLElement>(`[data-path="${CSS.escape(focused)}"]`);
		again?.focus();
		if (selection && (again instanceof HTMLInputElement || again instanceof HTMLTextAreaElement) && again.selectionStart !== null)
			again.setSelectionRange(selection[0] ?? 0, selection[1] ?? 0);
	}
}

function touched(): void {
	saveButton.disabled = !isDirty() && current?.version !== undefined;
	if (isDirty()) say('Unsaved changes.');
	scheduleCheck();
}

function show(opened: Opened): void {
	current = { ...opened, saved: snapshot(opened) };
	saveButton.disabled = opened.version !== undefined;
	renderNav();
	renderEntry();
}

async function open(collection: string, id: string): Promise<void> {
	if (!(collection in FORMS)) return;
	try {
		show(await api.open(collection, id));
		say(`Opened ${current?.file}.`);
	} catch (error) {
		failed(error);
	}
}

async function save(): Promise<void> {
	const entry = current;
	if (!entry) return;
	clearTimeout(checkTimer);
	saveButton.disabled = true;
	try {
		const saved = await api.save(draftOf(entry));
		catalog = await api.catalog();
		const created = entry.version === undefined;
		show(saved);
		if (created) history.replaceState(null, '', `#${saved.collection}/${saved.id}`);
		say(`Saved ${saved.file}.${saved.report.problems.length > 0 ? ' The content check still finds problems in it: see the list.' : ''}`);
	} catch (error) {
		saveButton.disabled = false;
		failed(error);
	}
}

// ---------------------------------------------------------------------------------------------------
// New files

/** Asks for a title and a file name, in a dialog; resolves with both, or nothing. */
function askName(noun: string, collection: FormName): Promise<{ title: string; id: string } | undefined> {
	const title = h('input', { id: 'new-title', type: 'text', required: true });
	const id = h('input', { id: 'new-id', type: 'text', required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' });
	let idTouched = false;
	title.addEventListener('input', () => {
		if (!idTouched) id.value = slugify(title.value);
	});
	id.addEventListener('input', () => (idTouched = true));
	const folder = catalog.folders[collection];
	const dialog = h(
		'dialog',
		{ 'aria-label': `New ${noun}` },
		h(
			'form',
			{ method: 'dialog' },
			h('h2', {}, `New ${noun}`),
			h('div', { class: 'field' }, h('label', { for: 'new-title' }, noun === 'author' || noun === 'topic' ? 'Name' : 'Title'), title),
			h('div', { class: 'field' }, h('label', { for: 'new-id' }, 'File name'), id, h('p', { class: 'help' }, `content/${folder}/<file name>: it is also the address and the id other files name it by`)),
			h('div', { class: 'actions' }, h('button', { value: 'create' }, 'Continue'), h('button', { value: 'cancel', formnovalidate: true }, 'Cancel')),
		),
	);
	document.body.append(dialog);
	return new Promise((resolve) => {
		dialog.addEventListener('close', () => {
			dialog.remove();
			resolve(dialog.returnValue === 'create' ? { title: title.value.trim(), id: id.value.trim() } : undefined);
		});
		dialog.showModal();
	});
}

async function leaveCurrent(): Promise<boolean> {
	return !isDirty() || window.confirm('Leave this file without saving your changes?');
}

async function startNew(collection: FormName): Promise<void> {
	if (!(await leaveCurrent())) return;
	const named = await askName(FORMS[collection].noun, collection);
	if (!named) return;
	try {
		show(await api.create(collection, named.id, named.title));
		history.replaceState(null, '', location.pathname);
		say(`A new ${FORMS[collection].noun}: nothing is written until you save.`);
	} catch (error) {
		failed(error);
	}
}

async function startTranslation(collection: FormName, id: string): Promise<void> {
	if (!(await leaveCurrent())) return;
	try {
		show(await api.create(collection, id, ''));
		history.replaceState(null, '', location.pathname);
		say('A new translation, laid out from the original as `npm run translate` does: write over each value, then save.');
	} catch (error) {
		failed(error);
	}
}

/** The form of a new source, in a dialog over the entry's; resolves with its id once it is written. */
async function newSource(): Promise<string | undefined> {
	const named = await askName('source', 'sources');
	if (!named) return undefined;
	let source: Opened;
	try {
		source = await api.create('sources', named.id, named.title);
	} catch (error) {
		failed(error);
		return undefined;
	}
	const data = source.data;
	const problems = h('div', { class: 'report', role: 'alert' });
	const fields = h('div', { class: 'fields' });
	const ctx: FormContext = {
		catalog,
		root: data,
		entryId: named.id,
		scope: 'new-source',
		original: undefined,
		entrySources: () => [],
		changed: (layout) => {
			if (layout) layOut();
		},
	};
	const layOut = () => fields.replaceChildren(...renderFields(FORMS.sources.fields, data, [], ctx));
	layOut();
	const dialog = h(
		'dialog',
		{ class: 'wide', 'aria-label': 'New source' },
		h(
			'form',
			{ method: 'dialog' },
			h('h2', {}, `New source: ${source.file}`),
			fields,
			problems,
			h('div', { class: 'actions' }, h('button', { value: 'create' }, 'Create the source'), h('button', { value: 'cancel', formnovalidate: true }, 'Cancel')),
		),
	);
	document.body.append(dialog);
	return new Promise((resolve) => {
		const form = dialog.querySelector('form');
		form?.addEventListener('submit', (event) => {
			if ((event as SubmitEvent).submitter?.getAttribute('value') !== 'create') return;
			event.preventDefault();
			void (async () => {
				const draft = { collection: 'sources', id: named.id, version: undefined, data, body: '' };
				try {
					// Nothing cites the source until the entry that lists it is saved; anything else must be right first.
					const report = await api.check(draft);
					const blocking = report.problems.filter((problem) => !problem.message.startsWith('no article, summary or event cites'));
					if (blocking.length > 0) {
						problems.replaceChildren(h('pre', {}, blocking.map((problem) => `${problem.field || '(file)'}: ${problem.message}`).join('\n')));
						showProblems(fields, blocking);
						return;
					}
					await api.save(draft);
					catalog = await api.catalog();
					renderNav();
					dialog.close('created');
					resolve(named.id);
				} catch (error) {
					problems.replaceChildren(h('p', { class: 'problem' }, (error as Error).message));
				}
			})();
		});
		dialog.addEventListener('close', () => {
			dialog.remove();
			if (dialog.returnValue !== 'created') resolve(undefined);
		});
		dialog.showModal();
	});
}

// ---------------------------------------------------------------------------------------------------

async function route(): Promise<void> {
	const [collection, ...rest] = decodeURIComponent(location.hash.slice(1)).split('/');
	if (collection && rest.length > 0 && !(current?.collection === collection && current.id === rest.join('/'))) {
		if (!(await leaveCurrent())) {
			// Stay on the file being edited, and say so in the address.
			if (current) history.replaceState(null, '', current.version === undefined ? location.pathname : `#${current.collection}/${current.id}`);
			return;
		}
		await open(collection, rest.join('/'));
	}
}

async function start(): Promise<void> {
	app.replaceChildren(h('header', { class: 'desk-header' }, h('p', { class: 'title' }, 'Editors’ desk'), status, saveButton), h('div', { class: 'desk' }, nav, main, panel));
	try {
		catalog = await api.catalog();
	} catch (error) {
		failed(error);
		return;
	}
	renderNav();
	if (location.hash.length > 1) await route();
	else main.replaceChildren(h('h1', {}, 'Editors’ desk'), h('p', {}, 'Open a file from the list, or start a new one. Nothing is written until you save.'));
	window.addEventListener('hashchange', () => void route());
	window.addEventListener('beforeunload', (event) => {
		if (isDirty()) event.preventDefault();
	});
	document.addEventListener('keydown', (event) => {
		if ((event.ctrlKey || event.metaKey) && event.key === 's') {
			event.preventDefault();
			if (!saveButton.disabled) void save();
		}
	});
}

void start();
