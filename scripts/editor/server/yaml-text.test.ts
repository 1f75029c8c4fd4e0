import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { FORMS, styleAt } from '../forms.ts';
import { patchYaml, UnreadableYaml, yamlData, yamlText } from './yaml-text.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const FRONTMATTER = /^---\n([\s\S]*?\n)---\n/;
const articleStyle = (path: readonly (string | number)[]) => styleAt(FORMS.articles.fields, path);

/** The YAML of every content file of the site and of the fixtures that are meant to be read. */
function yamlFiles(): { file: string; yaml: string }[] {
	const folders = ['content', 'tests/fixtures/good/content', 'tests/fixtures/hostile/content'];
	return folders.flatMap((folder) =>
		readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
			.filter((dirent) => dirent.isFile() && /\.(mdx|yaml)$/.test(dirent.name))
			.map((dirent) => {
				const file = join(dirent.parentPath, dirent.name);
				const text = readFileSync(file, 'utf8');
				return { file, yaml: file.endsWith('.mdx') ? (FRONTMATTER.exec(text)?.[1] ?? '') : text };
			}),
	);
}

interface Found {
	path: (string | number)[];
	value: unknown;
	/** The lines it spans, 0-based, inclusive. */
	first: number;
	last: number;
	/** Written as a block (`>-` or `|`), whose header line stays. */
	block: boolean;
}

/** Every string and number of a document, with its path and lines. */
function scalars(yaml: string): Found[] {
	const lineOf = (offset: number) => yaml.slice(0, offset).split('\n').length - 1;
	const found: Found[] = [];
	visit(parseDocument(yaml), {
		Scalar(key, node, ancestors) {
			if (key === 'key') return;
			const path = ancestors.flatMap((ancestor, index): (string | number)[] => {
				const next = ancestors[index + 1] ?? node;
				if (isSeq(ancestor)) return [ancestor.items.indexOf(next as never)];
				if (isPair(ancestor) && isScalar(ancestor.key)) return [String(ancestor.key.value)];
				return [];
			});
			const range = node.range ?? [0, 0, 0];
			const block = node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL';
			found.push({ path, value: node.value, first: lineOf(range[0]), last: lineOf(Math.max(range[0], range[1] - 1)), block });
		},
	});
	return found;
}

function setIn(data: unknown, path: readonly (string | number)[], value: unknown): void {
	let at = data as Record<string | number, unknown>;
	for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
	at[path.at(-1) as string | number] = value;
}

describe('patchYaml', () => {
	it('writes every content file byte for byte when its data has not changed', () => {
		for (const { file, yaml } of yamlFiles()) assert.equal(patchYaml(yaml, yamlData(yaml), articleStyle), yaml, file);
	});

	it('changes only the lines of the one value that changed, in every content file', () => {
		let checked = 0;
		for (const { file, yaml } of yamlFiles()) {
			const lines = yaml.split('\n');
			for (const scalar of scalars(yaml)) {
				const data = yamlData(yaml);
				const value = typeof scalar.value === 'number' ? scalar.value + 1 : `${String(scalar.value)} (edited: "quoted", a: b)`;
				setIn(data, scalar.path, value);
				const patched = patchYaml(yaml, data, articleStyle);
				assert.deepEqual(yamlData(patched), data, `${file} ${scalar.path.join('.')}: the data written is the data given`);
				const after = patched.split('\n');
				const tail = lines.length - scalar.last - 1;
				assert.deepEqual(after.slice(0, scalar.first), lines.slice(0, scalar.first), `${file} ${scalar.path.join('.')}: lines before it`);
				assert.deepEqual(after.slice(after.length - tail), lines.slice(lines.length - tail), `${file} ${scalar.path.join('.')}: lines after it`);
				assert.equal(after.length - tail - scalar.first, scalar.block ? 2 : 1, `${file} ${scalar.path.join('.')}: the value is written on one line`);
				checked += 1;
			}
		}
		assert.ok(checked > 500, `checked ${checked} values`);
	});

	const article = [
		'title: "A title"',
		'# About the day',
		'published: 2024-02-01',
		'authors: [one]',
		'sources:',
		'  - first',
		'  - second',
		'  - third',
		'figures: []',
		'# The events',
		'events: []',
		'draft: true',
		'',
	].join('\n');

	it('adds a field where the template has it, and takes one out with its line only', () => {
		const data = yamlData(article);
		const patched = patchYaml(article, { ...data, updated: '2024-02-03', draft: undefined }, articleStyle);
		assert.equal(patched, article.replace('published: 2024-02-01\n', 'published: 2024-02-01\nupdated: 2024-02-03\n').replace('draft: true\n', ''));
	});

	it('keeps a list of words on its line, and takes an item out of a block list with its line only', () => {
		const data = yamlData(article);
		const patched = patchYaml(article, { ...data, authors: ['one', 'two'], sources: ['first', 'third'] }, articleStyle);
		assert.equal(patched, article.replace('authors: [one]', 'authors: [one, two]').replace('  - second\n', ''));
	});

	it('writes a new figure in the documented layout, comments around it kept', () => {
		const figure = {
			id: 'a-figure',
			category: 'injured',
			qualifier: 'range',
			min: 30,
			max: 40,
			unit: 'people',
			wording: 'between 30 and 40 wounded',
			period: { from: '2023-01', to: '2023-02' },
			reported: '2023-02-10',
			place: { country: 'PE', region: 'Puno' },
			breakdown: [{ label: 'children', qualifier: 'exact', value: 5 }],
			source: 'first',
		};
		const patched = patchYaml(article, { ...yamlData(article), figures: [figure] }, articleStyle);
		const expected = [
			'figures:',
			'  - id: a-figure',
			'    category: injured',
			'    qualifier: range',
			'    min: 30',
			'    max: 40',
			'    unit: people',
			'    wording: "between 30 and 40 wounded"',
			'    period: { from: "2023-01", to: "2023-02" }',
			'    reported: "2023-02-10"',
			'    place: { country: PE, region: Puno }',
			'    breakdown:',
			'      - { label: children, qualifier: exact, value: 5 }',
			'    source: first',
		].join('\n');
		assert.equal(patched, article.replace('figures: []', expected));
	});

	it('takes a figure out of the middle of the list with its lines only', () => {
		const text = patchYaml(
			article,
			{
				...yamlData(article),
				figures: ['a', 'b', 'c'].map((id) => ({ id, category: 'killed', qualifier: 'exact', value: 1, unit: 'people' })),
			},
			articleStyle,
		);
		const data = yamlData(text) as { figures: unknown[] };
		const patched = patchYaml(text, { ...data, figures: [data.figures[0], data.figures[2]] }, articleStyle);
		assert.equal(patched, text.replace(/ {2}- id: b\n(?: {4}.*\n)+/, ''));
	});

	it('keeps a folded block of text folded, and writes only its lines anew', () => {
		const source = 'title: "T"\nnotes: >-\n  One line\n  and another.\ntranslations:\n  es:\n    notes: Una.\n';
		const patched = patchYaml(source, { ...yamlData(source), notes: 'A new note.' }, (path) => styleAt(FORMS.sources.fields, path));
		assert.equal(patched, 'title: "T"\nnotes: >-\n  A new note.\ntranslations:\n  es:\n    notes: Una.\n');
	});

	it('quotes words that Astro’s YAML reader would take for a date, and leaves a day bare', () => {
		const sourceStyle = (path: readonly (string | number)[]) => styleAt(FORMS.sources.fields, path);
		assert.equal(patchYaml('title: "T"\n', { title: 'T', publisher: '2024-02-04' }, sourceStyle), 'title: "T"\npublisher: "2024-02-04"\n');
		assert.equal(patchYaml('title: "T"\npublished: 2024-02-01\n', { title: 'T', published: '2024-02-02' }, articleStyle), 'title: "T"\npublished: 2024-02-02\n');
		assert.equal(patchYaml('title: "T"\n', { title: 'T', published: '2024-02-02' }, articleStyle), 'title: "T"\npublished: 2024-02-02\n');
	});

	it('refuses a file that cannot be read', () => {
		assert.throws(() => patchYaml('title: [unclosed\n', { title: 'x' }, articleStyle), UnreadableYaml);
	});
});

describe('yamlText', () => {
	it('writes a new file in the documented layout, in the form’s field order', () => {
		const style = (path: readonly (string | number)[]) => styleAt(FORMS.events.fields, path);
		const text = yamlText(
			{
				translations: { es: { description: 'Una marcha.', title: 'Marcha' } },
				sources: ['a-source'],
				country: 'PE',
				description: 'A march: the first.',
				date: '2023-01',
				title: 'March on the capital',
			},
			style,
		);
		assert.equal(
			text,
			[
				'title: "March on the capital"',
				'date: "2023-01"',
				'description: "A march: the first."',
				'country: PE',
				'sources:',
				'  - a-source',
				'translations:',
				'  es:',
				'    title: Marcha',
				'    description: Una marcha.',
				'',
			].join('\n'),
		);
	});
});
