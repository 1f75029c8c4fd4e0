import type { Catalog } from './api.ts';
import { h } from './dom.ts';

/**
 * The text of an entry: Markdown in a plain text area, kept exactly as written, with buttons that
 * insert the site's components (`<Cite>`, `<PullQuote>`, `<CallToAction>`) filled in from a small
 * form, so that nobody has to get their syntax right by hand. What the buttons write stays inside
 * the closed article format; the content check says so of anything typed by hand.
 */

export interface BodyContext {
	catalog: Catalog;
	/** The ids of the entry's sources, which Cite and PullQuote pick among. */
	entrySources(): string[];
	/** The text changed. */
	changed(): void;
}

/** An attribute as MDX reads it: in double quotes, or single ones when the value holds a double quote. */
export function attribute(name: string, value: string): string {
	if (!value.includes('"')) return `${name}="${value}"`;
	if (!value.includes("'")) return `${name}='${value}'`;
	throw new Error(`${name} cannot hold both kinds of quotation mark; use typographic quotes (“ ” or ‘ ’) instead`);
}

/** Words as text inside a component: characters MDX would read as markup are written as entities. */
export function escapeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');
}

/** A component with its attributes (left out when empty) and, when given, words inside it. */
export function component(name: string, attributes: [string, string][], words?: string): string {
	const written = attributes.filter(([, value]) => value !== '').map(([key, value]) => attribute(key, value));
	const open = [name, ...written].join(' ');
	return words === undefined ? `<${open} />` : `<${open}>${escapeText(words)}</${name}>`;
}

interface SnippetField {
	name: string;
	label: string;
	required?: boolean;
	long?: boolean;
	/** Picked among the entry's sources. */
	source?: boolean;
}

/** The forms behind the buttons; each attribute is one src/content-model/article-format.ts allows the component. */
export const SNIPPETS: Record<'Cite' | 'PullQuote' | 'CallToAction', { button: string; fields: SnippetField[]; words?: string; block: boolean }> = {
	Cite: { button: 'Cite a source', block: false, fields: [{ name: 'id', label: 'Source', required: true, source: true }] },
	PullQuote: {
		button: 'Pull quote',
		block: true,
		words: 'Their exact words',
		fields: [
			{ name: 'by', label: 'Who said it', required: true },
			{ name: 'role', label: 'Their role (optional)' },
			{ name: 'source', label: 'Source of the words', required: true, source: true },
			{ name: 'lang', label: 'Language the words are quoted in, when not the text’s (optional): en, es…' },
			{ name: 'translation', label: 'Our translation of them, when they are in another language (optional)', long: true },
		],
	},
	CallToAction: {
		button: 'Call to action',
		block: true,
		words: 'One or two sentences',
		fields: [
			{ name: 'title', label: 'Title', required: true },
			{ name: 'href', label: 'Link (optional): /archive/ or https://…' },
			{ name: 'action', label: 'Button words (optional)' },
		],
	},
};

/** Inserts `text` at the text area's cursor (on lines of its own for a block), as typing would. */
function insertAt(area: HTMLTextAreaElement, text: string, block: boolean): void {
	const { selectionStart: start, selectionEnd: end, value } = area;
	let inserted = text;
	if (block) {
		const before = value.slice(0, start);
		const after = value.slice(end);
		inserted = `${before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n'}${text}${after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n'}`;
	}
	area.focus();
	area.setRangeText(inserted, start, end, 'end');
	area.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Wraps the selection in Markdown marks, or puts a prefix at the start of its line. */
function mark(area: HTMLTextAreaElement, before: string, after: string, placeholder: string): void {
	const { selectionStart: start, selectionEnd: end, value } = area;
	const selected = value.slice(start, end) || placeholder;
	area.focus();
	area.setRangeText(`${before}${selected}${after}`, start, end, 'select');
	area.dispatchEvent(new Event('input', { bubbles: true }));
}

function headingAtLine(area: HTMLTextAreaElement): void {
	const lineStart = area.value.lastIndexOf('\n', area.selectionStart - 1) + 1;
	area.focus();
	area.setRangeText('## ', lineStart, lineStart, 'end');
	area.dispatchEvent(new Event('input', { bubbles: true }));
}

function sourceOptions(ctx: BodyContext): { value: string; label: string }[] {
	return ctx.entrySources().map((id) => ({ value: id, label: ctx.catalog.entries.sources.find((source) => source.id === id)?.label ?? id }));
}

/** The small form behind a component's button, in a dialog; resolves with the component's text, or nothing. */
function snippetDialog(name: keyof typeof SNIPPETS, ctx: BodyContext): Promise<string | undefined> {
	const snippet = SNIPPETS[name];
	const controls = new Map<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>();
	const rows = snippet.fields.map((field) => {
		const id = `snippet-${name}-${field.name}`;
		let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
		if (field.source) {
			control = h('select', { id, required: true });
			for (const option of sourceOptions(ctx)) control.append(h('option', { value: option.value }, option.label));
		} else control = field.long ? h('textarea', { id, rows: 2 }) : h('input', { id, type: 'text', required: field.required ?? false });
		controls.set(field.name, control);
		return h('div', { class: 'field' }, h('label', { for: id }, field.label), control);
	});
	const words = snippet.words === undefined ? undefined : h('textarea', { id: `snippet-${name}-words`, rows: 3, required: true });
	const error = h('p', { class: 'problem', role: 'alert' });
	const noSources = snippet.fields.some((field) => field.source) && sourceOptions(ctx).length === 0;
	const dialog = h(
		'dialog',
		{ class: 'snippet', 'aria-label': snippet.button },
		h(
			'form',
			{ method: 'dialog' },
			h('h2', {}, snippet.button),
			noSources ? h('p', { class: 'problem' }, 'Add the source to the sources above first: only the entry’s sources can be cited.') : '',
			...rows,
			words ? h('div', { class: 'field' }, h('label', { for: words.id }, snippet.words ?? ''), words) : '',
			error,
			h('div', { class: 'actions' }, h('button', { value: 'insert', disabled: noSources }, 'Insert'), h('button', { value: 'cancel', formnovalidate: true }, 'Cancel')),
		),
	);
	document.body.append(dialog);
	return new Promise((resolve) => {
		dialog.addEventListener('close', () => {
			dialog.remove();
			if (dialog.returnValue !== 'insert') return resolve(undefined);
			resolve(text());
		});
		let text = () => '';
		dialog.querySelector('form')?.addEventListener('submit', (event) => {
			const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
			if (submitter?.value !== 'insert') return;
			try {
				const attributes = snippet.fields.map((field): [string, string] => [field.name, controls.get(field.name)?.value.trim() ?? '']);
				const built = component(name, attributes, words?.value.trim());
				text = () => built;
			} catch (problem) {
				event.preventDefault();
				error.textContent = (problem as Error).message;
			}
		});
		dialog.showModal();
	});
}

/** The text area and its buttons. */
export function bodyEditor(value: string, ctx: BodyContext, onText: (text: string) => void): HTMLElement {
	const area = h('textarea', { id: 'body', class: 'body', rows: 24, spellcheck: true, 'data-path': 'body' });
	area.value = value;
	area.addEventListener('input', () => {
		onText(area.value);
		ctx.changed();
	});
	const button = (label: string, action: () => void) => h('button', { type: 'button', onclick: action }, label);
	const toolbar = h(
		'div',
		{ class: 'toolbar', role: 'toolbar', 'aria-label': 'Write into the text' },
		button('Heading', () => headingAtLine(area)),
		button('Bold', () => mark(area, '**', '**', 'bold words')),
		button('Italic', () => mark(area, '*', '*', 'italic words')),
		button('Link', () => mark(area, '[', '](https://)', 'linked words')),
		...(Object.keys(SNIPPETS) as (keyof typeof SNIPPETS)[]).map((name) =>
			button(SNIPPETS[name].button, async () => {
				const start = area.selectionStart;
				const end = area.selectionEnd;
				const text = await snippetDialog(name, ctx);
				if (text === undefined) return;
				area.setSelectionRange(start, end);
				insertAt(area, text, SNIPPETS[name].block);
			}),
		),
	);
	area.setAttribute('aria-describedby', 'body-help');
	return h(
		'div',
		{ class: 'body-editor', 'data-field': 'body' },
		h('label', { for: 'body' }, 'Text'),
		toolbar,
		area,
		h('div', { class: 'help', id: 'body-help' }, 'Markdown: start sections with ## Heading. The buttons insert the site’s components; write &lt; and &#123; to show < and {.'),
	);
}
