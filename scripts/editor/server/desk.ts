import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { COLLECTIONS, type CollectionName, splitLanguageId, TRANSLATION_COLLECTIONS } from '../../../src/content-model/collections.ts';
import { formatProblems, type Problem } from '../../../src/content-model/problems.ts';
import { COMPONENTS } from '../../../src/content-model/article-format.ts';
import { labels } from '../../../src/i18n/strings/en.ts';
import { languageName, TRANSLATION_LANGUAGES, type TranslationLanguage } from '../../../src/i18n/languages.ts';
import { isCountryCode } from '../../../src/schemas/country.ts';
import { FIGURE_CATEGORIES, QUALIFIERS, UNITS } from '../../../src/schemas/figure.ts';
import { today } from '../../../src/schemas/partial-date.ts';
import { SOURCE_KINDS } from '../../../src/schemas/source.ts';
import { articleTemplate } from '../../article-template.ts';
import { contentFile, contentFilesIn, contentProblems, type ReadCache } from '../../content-check.ts';
import { type Original, translationTemplate } from '../../translation-template.ts';
import { FORMS, type FormName, styleAt, type Vocabulary } from '../forms.ts';
import { entryPath, readEntryFile, Refusal, writeEntryFile } from './files.ts';
import { patchYaml, UnreadableYaml, yamlData, yamlText } from './yaml-text.ts';

/**
 * What the editor does with content files: lists them, opens one as form data, lays out a new one
 * (from `npm run new`'s and `npm run translate`'s templates), checks a draft with the content check,
 * and saves. Saving writes that one file, changed only where its data changed.
 */

type Data = Record<string, unknown>;

export interface Desk {
	/** The content folder, absolute. */
	contentRoot: string;
	/** The project, absolute: problems name files relative to it, as `npm run check` does. */
	projectRoot: string;
	/** The files the content check has read, kept until they change on disk. */
	read: ReadCache;
}

export interface Listed {
	id: string;
	/** Its title or name. */
	label: string;
	/** As `npm run check` names it. */
	file: string;
	draft?: boolean;
	/** An event's date or a source's publication date, as written. */
	date?: string;
}

/** The problems of the content check that concern one file, in `npm run check`'s words. */
export interface Report {
	file: string;
	problems: Problem[];
	/** The list as `npm run check` prints it, or '' when there is none. */
	text: string;
	/** Problems the content has in other files. */
	elsewhere: number;
}

export interface Opened {
	collection: FormName;
	id: string;
	file: string;
	/** The file as it is on disk, fingerprinted; undefined for a file not written yet. */
	version: string | undefined;
	data: Data;
	body: string;
	/** For a translation: the original's data, whose figures the form shows. */
	original?: Data;
	report: Report;
}

const fingerprint = (text: string) => createHash('sha256').update(text).digest('hex');

function isForm(collection: string): collection is FormName {
	return Object.hasOwn(FORMS, collection);
}

function form(collection: string) {
	if (!isForm(collection)) throw new Refusal(`the editor has no form for "${collection}"`);
	return FORMS[collection];
}

const FRONTMATTER = /^(---\r?\n)([\s\S]*?\r?\n)?(---[^\S\r\n]*(?:\r?\n|$))/;

/** An MDX file cut into its frontmatter's YAML and the text around it. */
function splitEntry(text: string, file: string): { head: string; yaml: string; tail: string; body: string } {
	const match = FRONTMATTER.exec(text);
	if (!match) throw new Refusal(`${file} does not start with a frontmatter block between two "---" lines; fix it in a text editor`, 422);
	return { head: match[1] ?? '', yaml: match[2] ?? '', tail: match[3] ?? '', body: text.slice(match[0].length) };
}

/** The blank lines between a frontmatter and its text: kept as the file has them, out of the form's way. */
const LEAD = /^(?:\r?\n)*/;

const withoutLead = (body: string) => body.slice(LEAD.exec(body)?.[0].length ?? 0);

/**
 * The text under the frontmatter: as it was when the editor left it alone; else the editor's text,
 * after the same blank lines (one, in a new file) and ending with a line break.
 */
function bodyText(previous: string, edited: string): string {
	if (withoutLead(previous) === edited) return previous;
	const lead = previous === '' ? '\n' : (LEAD.exec(previous)?.[0] ?? '');
	return `${lead}${edited}${edited === '' || edited.endsWith('\n') ? '' : '\n'}`;
}

/** A file's text with its data and body as given: only what changed is written anew. */
function entryText(collection: FormName, file: string, previous: string | undefined, data: Data, body: string): string {
	const { fields, body: hasBody } = form(collection);
	const styleOf = (path: readonly (string | number)[]) => styleAt(fields, path);
	try {
		if (!hasBody) return previous === undefined ? yamlText(data, styleOf) : patchYaml(previous, data, styleOf);
		if (previous === undefined) return `---\n${yamlText(data, styleOf)}---\n${bodyText('', body)}`;
		const parts = splitEntry(previous, file);
		return `${parts.head}${patchYaml(parts.yaml, data, styleOf)}${parts.tail}${bodyText(parts.body, body)}`;
	} catch (error) {
		if (error instanceof UnreadableYaml) throw new Refusal(`${file} cannot be read (${error.message}); fix it in a text editor`, 422);
		throw error;
	}
}

function readData(collection: FormName, file: string, text: string): { data: Data; body: string } {
	try {
		if (!form(collection).body) return { data: yamlData(text), body: '' };
		const { yaml, body } = splitEntry(text, file);
		return { data: yamlData(yaml), body: withoutLead(body) };
	} catch (error) {
		if (error instanceof UnreadableYaml) throw new Refusal(`${file} cannot be read (${error.message}); fix it in a text editor`, 422);
		throw error;
	}
}

export function createDesk(contentRoot: string, projectRoot: string): Desk {
	return { contentRoot, projectRoot, read: new Map() };
}

const displayPath = (desk: Desk, path: string) => relative(desk.projectRoot, path);

/** The original an article's or summary's translation translates. */
function originalOf(collection: FormName, id: string): { collection: 'articles' | 'summaries'; id: string } | undefined {
	for (const [original, translations] of Object.entries(TRANSLATION_COLLECTIONS) as ['articles' | 'summaries', string][])
		if (translations === collection) return { collection: original, id: splitLanguageId(id).id };
	return undefined;
}

function readOriginal(desk: Desk, collection: FormName, id: string): { file: string; data: Data; body: string } | undefined {
	const original = originalOf(collection, id);
	if (!original) return undefined;
	const path = entryPath(desk.contentRoot, original.collection, original.id);
	const text = readEntryFile(desk.contentRoot, path);
	if (text === undefined) throw new Refusal(`there is no ${displayPath(desk, path)} to translate`, 404);
	return { file: displayPath(desk, path), ...readData(original.collection, displayPath(desk, path), text) };
}

/**
 * The template a new file starts from, as `npm run new` and `npm run translate` write it; the form's
 * data is then written over it. Other collections have no template: their files are the data alone.
 */
function template(desk: Desk, collection: FormName, id: string, data: Data): string | undefined {
	if (collection === 'articles') return articleTemplate(typeof data.title === 'string' ? data.title : '', today());
	const original = readOriginal(desk, collection, id);
	if (!original) return undefined;
	const lang = splitLanguageId(id).folder as TranslationLanguage;
	return translationTemplate({ file: original.file, data: original.data as Original['data'], body: original.body }, lang, today());
}

/** What the content check finds in `file`, with `text` in place of what is on disk. */
function report(desk: Desk, collection: FormName, id: string, path: string, text: string): Report {
	const file = displayPath(desk, path);
	const all = contentProblems(desk.contentRoot, desk.projectRoot, new Map([[path, { text, collection, id, file }]]), desk.read);
	const problems = all.filter((problem) => problem.file === file);
	return { file, problems, text: problems.length > 0 ? formatProblems(problems) : '', elsewhere: all.length - problems.length };
}

/** The file an editor asked for, as form data. */
export function openEntry(desk: Desk, collection: string, id: string): Opened {
	form(collection);
	const name = collection as FormName;
	const path = entryPath(desk.contentRoot, name, id);
	const text = readEntryFile(desk.contentRoot, path);
	if (text === undefined) throw new Refusal(`there is no ${displayPath(desk, path)}`, 404);
	const original = readOriginal(desk, name, id);
	return {
		collection: name,
		id,
		file: displayPath(desk, path),
		version: fingerprint(text),
		...readData(name, displayPath(desk, path), text),
		...(original && { original: original.data }),
		report: report(desk, name, id, path, text),
	};
}

/** The data a new file of a collection starts with, before anything is written. */
export function newEntry(desk: Desk, collection: string, id: string, title: string): Opened {
	const name = collection as FormName;
	form(collection);
	const path = entryPath(desk.contentRoot, name, id);
	if (readEntryFile(desk.contentRoot, path) !== undefined) throw new Refusal(`${displayPath(desk, path)} already exists: open it instead`, 409);
	const day = today();
	const starts: Partial<Record<FormName, Data>> = {
		articles: { title, description: '', published: day, authors: [], tags: [], countries: [], sources: [], figures: [], events: [], corrections: [], lang: 'en', draft: true },
		summaries: { title, description: '', published: day, authors: [], tags: [], countries: [], sources: [], summaryOf: '', figures: [], events: [], corrections: [], draft: true },
		pages: { title, description: '' },
		sources: { title, descriptiveTitle: false, publisher: '', kind: 'press', published: '', partyToEvents: false },
		authors: { name: title, bio: '', translations: Object.fromEntries(TRANSLATION_LANGUAGES.map((lang) => [lang, { bio: '' }])) },
		topics: { name: title, description: '', translations: Object.fromEntries(TRANSLATION_LANGUAGES.map((lang) => [lang, { name: '', description: '' }])) },
		events: { title, date: '', description: '', country: '', sources: [], translations: Object.fromEntries(TRANSLATION_LANGUAGES.map((lang) => [lang, { title: '', description: '' }])) },
	};
	let data = starts[name] ?? {};
	let body = '';
	const original = readOriginal(desk, name, id);
	const laidOut = template(desk, name, id, data);
	if (original && laidOut !== undefined) ({ data, body } = readData(name, displayPath(desk, path), laidOut));
	// A page's translation starts from the page, to write over.
	const { folder, id: pageId } = splitLanguageId(id);
	const page = name === 'pages' && folder !== undefined ? readEntryFile(desk.contentRoot, entryPath(desk.contentRoot, 'pages', pageId)) : undefined;
	if (page !== undefined) ({ data, body } = readData(name, displayPath(desk, path), page));
	const text = entryText(name, displayPath(desk, path), laidOut === undefined ? undefined : frontmatterOf(laidOut), data, body);
	return {
		collection: name,
		id,
		file: displayPath(desk, path),
		version: undefined,
		data,
		body,
		...(original && { original: original.data }),
		report: report(desk, name, id, path, text),
	};
}

/** A template without its text, which the editor's takes the place of. */
function frontmatterOf(text: string): string {
	return FRONTMATTER.exec(text)?.[0] ?? text;
}

export interface Draft {
	collection: string;
	id: string;
	/** The version the editor opened; undefined for a file not written yet. */
	version: string | undefined;
	data: Data;
	body: string;
}

function draftText(desk: Desk, draft: Draft): { name: FormName; path: string; previous: string | undefined; text: string } {
	form(draft.collection);
	const name = draft.collection as FormName;
	if (typeof draft.data !== 'object' || draft.data === null || Array.isArray(draft.data)) throw new Refusal('the form sent no data');
	if (typeof draft.body !== 'string') throw new Refusal('the form sent no text');
	const path = entryPath(desk.contentRoot, name, draft.id);
	const onDisk = readEntryFile(desk.contentRoot, path);
	if (draft.version === undefined && onDisk !== undefined) throw new Refusal(`${displayPath(desk, path)} already exists: open it instead`, 409);
	if (draft.version !== undefined && onDisk === undefined) throw new Refusal(`${displayPath(desk, path)} is no longer on disk`, 409);
	if (draft.version !== undefined && onDisk !== undefined && fingerprint(onDisk) !== draft.version)
		throw new Refusal(`${displayPath(desk, path)} changed on disk since you opened it: reload it (your changes in the form would be lost) or copy them aside first`, 409);
	const laidOut = onDisk === undefined ? template(desk, name, draft.id, draft.data) : undefined;
	const previous = onDisk ?? (laidOut === undefined ? undefined : frontmatterOf(laidOut));
	return { name, path, previous, text: entryText(name, displayPath(desk, path), previous, draft.data, draft.body) };
}

/** What the content check would say of the file were the draft saved. */
export function checkDraft(desk: Desk, draft: Draft): Report {
	const { name, path, text } = draftText(desk, draft);
	return report(desk, name, draft.id, path, text);
}

/**
 * Saves a draft: refused when its text leaves the closed article format (the site would not compile
 * it) or the file changed on disk meanwhile; otherwise written, whatever else the check finds, which
 * the answer reports.
 */
export function saveDraft(desk: Desk, draft: Draft): Opened {
	const { name, path, previous, text } = draftText(desk, draft);
	const file = displayPath(desk, path);
	if (text === previous && draft.version !== undefined) return openEntry(desk, name, draft.id);
	const checked = contentFile({ collection: name, id: draft.id, file, absolutePath: path }, text);
	const format = [...checked.problems.filter((problem) => problem.field.startsWith('line ')), ...(checked.body?.refused ?? []).map(({ line, message }) => ({ file, field: `line ${line}`, message }))];
	if (format.length > 0) throw new Refusal(`The text was not saved: it leaves the article format.\n\n${formatProblems(format)}`, 422);
	writeEntryFile(desk.contentRoot, path, text, draft.version === undefined);
	return openEntry(desk, name, draft.id);
}

/** Everything the forms pick from: the entries of each collection, and the closed lists of the schemas. */
export function catalog(desk: Desk) {
	const entries = Object.fromEntries(Object.keys(FORMS).map((name) => [name, [] as Listed[]])) as Record<FormName, Listed[]>;
	for (const file of contentFilesIn(desk.contentRoot, desk.projectRoot, new Map(), desk.read)) {
		if (!isForm(file.collection)) continue;
		const data = (typeof file.data === 'object' && file.data !== null ? file.data : {}) as Data;
		const label = [data.title, data.name].find((value) => typeof value === 'string') as string | undefined;
		const date = [data.date, data.published].find((value) => typeof value === 'string' || typeof value === 'number');
		entries[file.collection].push({
			id: file.id,
			label: label ?? file.id,
			file: file.file,
			...(data.draft === true && { draft: true }),
			...(date !== undefined && { date: String(date) }),
		});
	}
	return {
		entries,
		vocabularies: vocabularies(),
		countries: countries(),
		languages: TRANSLATION_LANGUAGES.map((lang) => ({ code: lang, name: languageName(lang, 'en') })),
		components: COMPONENTS,
		folders: Object.fromEntries(Object.keys(FORMS).map((name) => [name, COLLECTIONS[name as CollectionName].folder])),
		today: today(),
	};
}

export type Catalog = ReturnType<typeof catalog>;

function vocabularies(): Record<Vocabulary, { value: string; label: string }[]> {
	return {
		categories: FIGURE_CATEGORIES.map((value) => ({ value, label: labels.category[value] })),
		qualifiers: QUALIFIERS.map((value) => ({
			value,
			label: value === 'range' ? 'a range (lowest to highest)' : value === 'exact' ? 'exactly' : labels.qualifier[value],
		})),
		units: UNITS.map((value) => ({ value, label: labels.unit[value][1] })),
		sourceKinds: SOURCE_KINDS.map((value) => ({ value, label: labels.sourceKind[value] })),
	};
}

/** Every country Intl knows by name, by name. */
function countries(): { code: string; name: string }[] {
	const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
	const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
	return letters
		.flatMap((first) => letters.map((second) => first + second))
		.filter(isCountryCode)
		.map((code) => ({ code, name: names.of(code) ?? code }))
		.toSorted((a, b) => a.name.localeCompare(b.name, 'en'));
}
