import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseMdx, readBody } from './body.ts';
import { checkContent, schemaProblems } from './check.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import type { ContentFile } from './content-file.ts';
import { unreadFiles } from './files.ts';
import { type Problem, formatPath, formatProblems } from './problems.ts';

/**
 * A content file as the loader hands it to the check, named as an editor would see it
 * (content/<folder>/<id>.<extension>): its own problems found by its schema, its body read.
 */
function contentFile(collection: CollectionName, id: string, data: unknown, body?: string): ContentFile {
	const { folder, extension } = COLLECTIONS[collection];
	const file = `content/${folder}/${id}.${extension}`;
	return {
		collection,
		id,
		file,
		absolutePath: `/nonexistent/${file}`,
		data,
		body: body === undefined ? undefined : readBody(parseMdx(body), 'en'),
		problems: schemaProblems(collection, file, data),
	};
}

/** A file Astro could not read at all. */
function unreadable(collection: CollectionName, id: string, message: string): ContentFile {
	const file = contentFile(collection, id, undefined);
	return { ...file, problems: [{ file: file.file, field: '', message }] };
}

function figure(id: string, source: string, via?: string) {
	return {
		id,
		category: 'killed',
		qualifier: 'at-least',
		value: 48,
		unit: 'people',
		wording: '48 people killed by security forces',
		period: { from: '2022-12-07', to: '2023-01' },
		reported: '2023-01',
		place: { country: 'PE' },
		source,
		...(via === undefined ? {} : { via }),
	};
}

function entryData(overrides: Record<string, unknown> = {}) {
	return {
		title: 'A title',
		description: 'A one-sentence standfirst.',
		published: '2023-02-01',
		authors: ['editorial-team'],
		tags: ['repression'],
		countries: ['PE'],
		sources: ['report-one', 'report-two'],
		figures: [figure('toll-one', 'report-one')],
		...overrides,
	};
}

function source(title: string, published: string | null = '2023-01') {
	return { title, publisher: 'A publisher', kind: 'press', published };
}

function event(sources: string[], date = '2023-01-19') {
	return {
		title: 'March on the capital',
		date,
		description: 'Thousands arrive in the capital.',
		country: 'PE',
		sources,
		translations: { es: { title: 'Marcha sobre la capital', description: 'Miles de personas llegan a la capital.' } },
	};
}

/** A small content tree with no problems; each test adds or replaces files. */
function goodFiles(): ContentFile[] {
	return [
		contentFile('authors', 'editorial-team', {
			name: 'Editorial team',
			bio: 'Our editors.',
			translations: { es: { name: 'Equipo editorial', bio: 'Nuestros editores.' } },
		}),
		contentFile('topics', 'repression', {
			name: 'Repression',
			description: 'Killings and arrests.',
			translations: { es: { name: 'Represión', description: 'Asesinatos y detenciones.' } },
		}),
		contentFile('sources', 'report-one', source('Report one')),
		contentFile('sources', 'report-two', source('Report two')),
		contentFile('sources', 'original-article', { ...source('An article by someone else'), authors: ['Not An Id'] }),
		contentFile('pages', 'about', { title: 'About', description: 'Who we are.' }, 'We are a campaign.'),
		contentFile('pages', 'es/about', { title: 'Acerca de', description: 'Quiénes somos.' }, 'Somos una campaña.'),
		contentFile('events', 'march', event(['report-one'])),
		contentFile(
			'articles',
			'first-article',
			entryData({ events: ['march'] }),
			'Text.<Cite id="report-one" /> More.<Cite id="report-two" />',
		),
		contentFile(
			'summaries',
			'original-article',
			entryData({
				sources: ['original-article', 'report-two'],
				summaryOf: 'original-article',
				figures: [figure('toll-summary', 'report-two', 'original-article')],
			}),
			'Their words, summarised.<Cite id="original-article" />',
		),
	];
}

/** The good tree with one file replaced (matched by collection and id) or added. */
function withFile(replacement: ContentFile, files = goodFiles()): ContentFile[] {
	const index = files.findIndex((file) => file.collection === replacement.collection && file.id === replacement.id);
	if (index === -1) return [...files, replacement];
	return files.with(index, replacement);
}

function article(id: string, overrides: Record<string, unknown> = {}, body = ''): ContentFile {
	return contentFile('articles', id, entryData(overrides), body);
}

describe('checkContent', () => {
	it('finds no problem in a good tree', () => {
		assert.deepEqual(checkContent(goodFiles()), []);
	});

	it('lets a summary share its id with the source it summarises', () => {
		const files = goodFiles();
		const named = files.filter((file) => file.id === 'original-article').map((file) => file.file);
		assert.deepEqual(named, ['content/sources/original-article.yaml', 'content/summaries/original-article.mdx']);
		assert.deepEqual(checkContent(files), []);
	});

	it('reports an author that does not exist', () => {
		assert.deepEqual(checkContent(withFile(article('first-article', { authors: ['editorial-team', 'nobody'] }))), [
			{
				file: 'content/articles/first-article.mdx',
				field: 'authors[1]',
				message: 'no authors entry "nobody" (there is no authors/nobody.yaml in the content folder)',
			},
		]);
	});

	it('reports a topic that does not exist', () => {
		assert.deepEqual(checkContent(withFile(article('first-article', { tags: ['elections'] }))), [
			{
				file: 'content/articles/first-article.mdx',
				field: 'tags[0]',
				message: 'no topics entry "elections" (there is no topics/elections.yaml in the content folder)',
			},
		]);
	});

	it('reports a source that does not exist', () => {
		assert.deepEqual(checkContent(withFile(article('first-article', { sources: ['report-one', 'report-three'] }))), [
			{
				file: 'content/articles/first-article.mdx',
				field: 'sources[1]',
				message: 'no sources entry "report-three" (there is no sources/report-three.yaml in the content folder)',
			},
		]);
	});

	it('reports a summary of a source that does not exist', () => {
		const summary = contentFile(
			'summaries',
			'ghost-summary',
			entryData({ sources: ['report-one', 'ghost'], summaryOf: 'ghost', figures: [] }),
		);
		assert.deepEqual(checkContent(withFile(summary)), [
			{
				file: 'content/summaries/ghost-summary.mdx',
				field: 'sources[1]',
				message: 'no sources entry "ghost" (there is no sources/ghost.yaml in the content folder)',
			},
			{ file: 'content/summaries/ghost-summary.mdx', field: 'summaryOf', message: 'no sources entry "ghost"' },
		]);
	});

	it('does not resolve the author names of a source as ids', () => {
		const files = withFile(contentFile('sources', 'report-one', { ...source('Report one'), authors: ['Logan Williams'] }));
		assert.deepEqual(checkContent(files), []);
	});

	it('reports a figure id used in two files, naming both files', () => {
		const second = article('second-article', { figures: [figure('toll-one', 'report-two')] });
		const problems = checkContent(withFile(second));
		assert.deepEqual(problems, [
			{
				file: 'content/articles/second-article.mdx',
				field: 'figures[0].id',
				message: 'figure id "toll-one" is already used in content/articles/first-article.mdx; figure ids are unique across the site',
			},
		]);
	});

	it('reports a figure id shared by an article and a summary', () => {
		const summary = contentFile(
			'summaries',
			'original-article',
			entryData({ sources: ['original-article'], summaryOf: 'original-article', figures: [figure('toll-one', 'original-article')] }),
		);
		const problems = checkContent(withFile(summary));
		assert.equal(problems.length, 1);
		assert.equal(problems[0]?.file, 'content/summaries/original-article.mdx');
		assert.equal(problems[0]?.field, 'figures[0].id');
		assert.match(problems[0]?.message ?? '', /content\/articles\/first-article\.mdx/);
	});

	it('reports a figure id repeated within one file once, as a schema problem', () => {
		const twice = article('first-article', { figures: [figure('toll-one', 'report-one'), figure('toll-one', 'report-two')] });
		assert.deepEqual(checkContent(withFile(twice)), [
			{ file: 'content/articles/first-article.mdx', field: 'figures[1]', message: '"toll-one" is listed twice' },
		]);
	});

	it('reports two files with the same id in one collection', () => {
		const copy: ContentFile = { ...article('first-article', { figures: [] }), file: 'content/articles/2023/first-article.mdx' };
		const files = [...goodFiles(), copy];
		assert.deepEqual(checkContent(files), [
			{
				file: 'content/articles/2023/first-article.mdx',
				field: '',
				message: 'duplicate id "first-article": content/articles/first-article.mdx has it too',
			},
		]);
	});

	it('reports a <Cite /> naming a source that is not among the entry’s sources', () => {
		const body = 'Known.<Cite id="report-one" /> Unknown.<Cite id="original-article" />';
		assert.deepEqual(checkContent(withFile(article('first-article', {}, body))), [
			{
				file: 'content/articles/first-article.mdx',
				field: 'line 1',
				message: '<Cite id="original-article" /> names a source that is not in this entry\'s sources',
			},
		]);
	});

	it('reports a <Cite /> naming a source that does not exist at all', () => {
		const problems = checkContent(withFile(article('first-article', {}, 'Text.<Cite id="made-up" />')));
		assert.deepEqual(
			problems.map(({ field, message }) => [field, message]),
			[['line 1', '<Cite id="made-up" /> names a source that is not in this entry\'s sources']],
		);
	});

	it('reports a file that could not be read, and checks the rest', () => {
		const broken = unreadable('topics', 'broken', 'Nested mappings are not allowed in compact mappings at line 1, column 7');
		assert.deepEqual(checkContent(withFile(broken)), [
			{ file: 'content/topics/broken.yaml', field: '', message: 'Nested mappings are not allowed in compact mappings at line 1, column 7' },
		]);
	});

	it('reports a file with nothing in it as missing every required field', () => {
		const empty = contentFile('topics', 'empty', null);
		assert.deepEqual(
			checkContent(withFile(empty)).map(({ file, field }) => [file, field]),
			[
				['content/topics/empty.yaml', 'name'],
				['content/topics/empty.yaml', 'description'],
				['content/topics/empty.yaml', 'translations'],
			],
		);
	});

	it('reports schema problems with the path of the field', () => {
		const bad = article('first-article', { figures: [figure('toll-one', 'report-three')], countries: ['pe'] });
		assert.deepEqual(checkContent(withFile(bad)), [
			{
				file: 'content/articles/first-article.mdx',
				field: 'countries[0]',
				message: 'must be an ISO 3166-1 alpha-2 country code in capitals, e.g. PE for Peru, BO for Bolivia',
			},
			{
				file: 'content/articles/first-article.mdx',
				field: 'figures[0].source',
				message: '"report-three" is not among this entry\'s sources; add it to sources',
			},
		]);
	});

	it('reports every problem of every bad file at once', () => {
		const files = [
			...goodFiles(),
			article('bad-author', { authors: ['nobody'], figures: [] }),
			article('bad-figure', { figures: [{ ...figure('toll-bad', 'report-one'), value: -1 }] }),
			article('bad-cite', { figures: [] }, '<Cite id="report-three" />'),
			contentFile('summaries', 'bad-summary', entryData({ summaryOf: 'original-article', figures: [] })),
			contentFile('sources', 'bad-source', { ...source('Bad'), url: 'ftp://example.org', kind: 'blog' }),
			contentFile('authors', 'bad-author-file', { name: 'No bio', translations: { es: { bio: 'Sin biografía en inglés.' } } }),
			unreadable('topics', 'unreadable', 'bad YAML'),
			article('shared-figure', { figures: [figure('toll-one', 'report-two')] }),
		];
		const problems = checkContent(files);
		const summary = problems.map(({ file, field }) => `${file} ${field}`);
		assert.deepEqual(summary.toSorted(), [
			'content/articles/bad-author.mdx authors[0]',
			'content/articles/bad-cite.mdx line 1',
			'content/articles/bad-figure.mdx figures[0].value',
			'content/articles/shared-figure.mdx figures[0].id',
			'content/authors/bad-author-file.yaml bio',
			'content/sources/bad-source.yaml ',
			'content/sources/bad-source.yaml kind',
			'content/sources/bad-source.yaml url',
			'content/summaries/bad-summary.mdx summaryOf',
			'content/topics/unreadable.yaml ',
		]);
	});

	it('checks references even in a file whose schema check failed', () => {
		const bad = article('first-article', { countries: ['pe'], authors: ['nobody'] });
		assert.deepEqual(
			checkContent(withFile(bad)).map(({ field }) => field),
			['countries[0]', 'authors[0]'],
		);
	});

	it('checks that an entry’s image exists beside it', () => {
		const image = { src: './missing.jpg', alt: 'A march', credit: 'Someone', licence: 'CC BY 4.0' };
		assert.deepEqual(checkContent(withFile(article('first-article', { image }))), [
			{
				file: 'content/articles/first-article.mdx',
				field: 'image.src',
				message: 'no image file at this path (it is read relative to the entry file)',
			},
		]);
	});
});

describe('checkContent across the record', () => {
	it('reports an event an entry covers that does not exist', () => {
		assert.deepEqual(checkContent(withFile(article('first-article', { events: ['march', 'strike'] }))), [
			{
				file: 'content/articles/first-article.mdx',
				field: 'events[1]',
				message: 'no events entry "strike" (there is no events/strike.yaml in the content folder)',
			},
		]);
	});

	it('reports an event whose source does not exist', () => {
		assert.deepEqual(checkContent(withFile(contentFile('events', 'march', event(['report-one', 'report-nine'])))), [
			{
				file: 'content/events/march.yaml',
				field: 'sources[1]',
				message: 'no sources entry "report-nine" (there is no sources/report-nine.yaml in the content folder)',
			},
		]);
	});

	it('reports an event without a source', () => {
		assert.deepEqual(checkContent(withFile(contentFile('events', 'march', event([])))), [
			{ file: 'content/events/march.yaml', field: 'sources', message: 'list at least one source that dates the event' },
		]);
	});

	it('reports a figure reported on a day before its source was published', () => {
		const early = { ...figure('toll-one', 'report-one'), period: { from: '2022-12-07', to: '2022-12-30' }, reported: '2022-12-31' };
		assert.deepEqual(checkContent(withFile(article('first-article', { figures: [early] }))), [
			{
				file: 'content/articles/first-article.mdx',
				field: 'figures[0].reported',
				message:
					'reported 2022-12-31, before its source "report-one" was published (2023-01); a source cannot report a figure before it exists',
			},
		]);
	});

	it('reports a figure whose whole reported year ends before its source’s month begins', () => {
		const early = { ...figure('toll-one', 'report-one'), period: { from: '2022', to: '2022' }, reported: '2022' };
		const problems = checkContent(withFile(article('first-article', { figures: [early] })));
		assert.deepEqual(
			problems.map(({ field }) => field),
			['figures[0].reported'],
		);
	});

	it('accepts partial dates that may fall on or after the publication: a month against a day within it, a year against a month', () => {
		const sameMonth = withFile(contentFile('sources', 'report-one', source('Report one', '2023-01-26')));
		assert.deepEqual(checkContent(sameMonth), [], 'reported 2023-01, published 2023-01-26');
		const sameYear = { ...figure('toll-one', 'report-one'), period: { from: '2022-12', to: '2023' }, reported: '2023' };
		assert.deepEqual(checkContent(withFile(article('first-article', { figures: [sameYear] }))), [], 'reported 2023, published 2023-01');
	});

	it('does not compare with a source whose date is not known', () => {
		const undated = withFile(contentFile('sources', 'report-one', source('Report one', null)));
		const early = { ...figure('toll-one', 'report-one'), period: { from: '2022', to: '2022' }, reported: '2022' };
		assert.deepEqual(checkContent(withFile(article('first-article', { figures: [early] }), undated)), []);
	});

	it('compares dates even in a file with other problems', () => {
		const early = { ...figure('toll-one', 'report-one'), period: { from: '2022', to: '2022' }, reported: '2022', value: -1 };
		assert.deepEqual(
			checkContent(withFile(article('first-article', { figures: [early] }))).map(({ field }) => field),
			['figures[0].value', 'figures[0].reported'],
		);
	});

	it('reports a source that no entry or event cites', () => {
		assert.deepEqual(checkContent(withFile(contentFile('sources', 'forgotten-report', source('Forgotten')))), [
			{
				file: 'content/sources/forgotten-report.yaml',
				field: '',
				message:
					'no article, summary or event cites "forgotten-report"; cite it where it is used, or set background: true if it is listed on purpose as background reading',
			},
		]);
	});

	it('accepts an uncited source listed on purpose as background', () => {
		const background = contentFile('sources', 'further-reading', { ...source('Further reading'), background: true });
		assert.deepEqual(checkContent(withFile(background)), []);
	});

	it('counts a source cited only by an event, or only as a figure’s via, as cited', () => {
		const onlyEvent = withFile(contentFile('events', 'strike', event(['dated-by-event'])), withFile(contentFile('sources', 'dated-by-event', source('Dated'))));
		assert.deepEqual(checkContent(onlyEvent), []);
		const files = goodFiles().filter((file) => file.id !== 'march');
		const withoutEvent = withFile(article('first-article', { events: [] }, 'Text.<Cite id="report-one" /> More.<Cite id="report-two" />'), files);
		assert.deepEqual(checkContent(withoutEvent), [], 'report-one is still cited by the article');
	});

	it('reports every record problem at once, alongside the others', () => {
		const early = { ...figure('toll-one', 'report-one'), period: { from: '2022', to: '2022' }, reported: '2022' };
		const files = [
			...goodFiles(),
			contentFile('sources', 'forgotten-report', source('Forgotten')),
			contentFile('events', 'strike', event(['nowhere'])),
			article('second-article', { figures: [early], events: ['no-event'] }),
		];
		assert.deepEqual(
			checkContent(files)
				.map(({ file, field }) => `${file} ${field}`)
				.toSorted(),
			[
				'content/articles/second-article.mdx events[0]',
				'content/articles/second-article.mdx figures[0].id',
				'content/articles/second-article.mdx figures[0].reported',
				'content/events/strike.yaml sources[0]',
				'content/sources/forgotten-report.yaml ',
			],
		);
	});
});

describe('checkContent on translations', () => {
	/** A figure with prose to translate: who, where, and a breakdown. */
	const withProse = { ...figure('toll-one', 'report-one'), victims: 'protesters', place: { country: 'PE', region: 'Puno' }, breakdown: [{ label: 'children', qualifier: 'exact', value: 7 }] };
	const proseInSpanish = { victims: 'manifestantes', region: 'Puno', breakdown: ['niños'] };

	function translation(id: string, overrides: Record<string, unknown> = {}, body = 'Texto.<Cite id="report-one" />'): ContentFile {
		return contentFile('articleTranslations', id, { title: 'Un título', description: 'Una entradilla.', translated: '2023-02-02', ...overrides }, body);
	}

	it('accepts complete translations of an article and of a summary', () => {
		const files = [
			...withFile(article('first-article', { figures: [withProse], events: ['march'] }, 'Text.<Cite id="report-one" /> More.<Cite id="report-two" />')),
			translation('es/first-article', { figures: { 'toll-one': proseInSpanish } }),
			contentFile('summaryTranslations', 'es/original-article', { title: 'Resumen', description: 'Su texto, resumido.', translated: '2023-02-01' }, 'Sus palabras.<Cite id="original-article" />'),
		];
		assert.deepEqual(checkContent(files), []);
	});

	it('reports figure prose left untranslated, translated for nothing, a breakdown of another length and an unknown figure', () => {
		const files = [
			...withFile(article('first-article', { figures: [withProse] }, 'Text.<Cite id="report-one" /> More.<Cite id="report-two" />')),
			translation('es/first-article', { figures: { 'toll-one': { victims: 'manifestantes', perpetrator: 'la policía', breakdown: ['niños', 'niñas'] }, 'toll-two': {} } }),
		];
		const file = 'content/articles/es/first-article.mdx';
		assert.deepEqual(checkContent(files), [
			{ file, field: 'figures.toll-one.region', message: "missing: the original gives this figure's region; translate it" },
			{ file, field: 'figures.toll-one.perpetrator', message: "the original's figure has no perpetrator, so there is nothing to translate" },
			{ file, field: 'figures.toll-one.breakdown', message: "the original's breakdown has 1 parts; give one label for each, in the same order" },
			{ file, field: 'figures.toll-two', message: 'the original has no figure "toll-two"; figures are defined once, in the original' },
		]);
	});

	it('reports a translation in a folder that is not a language of the site, and one that translates nothing', () => {
		const files = [...goodFiles(), translation('fr/first-article'), translation('es/no-such-article'), contentFile('pages', 'es/contact', { title: 'Contacto', description: 'Escríbanos.' })];
		assert.deepEqual(checkContent(files), [
			{
				file: 'content/articles/fr/first-article.mdx',
				field: '',
				message: '"fr" is not a language of the site: translations go in a folder named after their language (es); en originals go at the top',
			},
			{ file: 'content/articles/es/no-such-article.mdx', field: '', message: 'translates nothing: there is no articles/no-such-article.mdx with the same file name' },
			{ file: 'content/pages/es/contact.mdx', field: '', message: 'translates nothing: there is no pages/contact.mdx with the same file name' },
		]);
	});

	it('reports a <Cite /> of a source the original does not cite, a translation older than its original, and an image the original lacks', () => {
		const file = 'content/articles/es/first-article.mdx';
		const cite = translation('es/first-article', {}, 'Texto.<Cite id="original-article" />');
		assert.deepEqual(checkContent([...goodFiles(), cite]), [
			{ file, field: 'line 1', message: '<Cite id="original-article" /> names a source that is not in the original\'s sources' },
		]);
		const early = translation('es/first-article', { translated: '2023-01-31', image: { alt: 'Una marcha' } });
		assert.deepEqual(checkContent([...goodFiles(), early]), [
			{ file, field: 'image', message: 'the original has no image' },
			{ file, field: 'translated', message: 'the original was only published on 2023-02-01' },
		]);
	});

	it('reports an original written in a language other than the default, and a page that names its language', () => {
		const files = withFile(
			contentFile('pages', 'es/about', { title: 'Acerca de', description: 'Quiénes somos.', lang: 'es' }),
			withFile(article('first-article', { lang: 'es' }, 'Text.<Cite id="report-one" /> More.<Cite id="report-two" />')),
		);
		assert.deepEqual(checkContent(files), [
			{ file: 'content/pages/es/about.mdx', field: '', message: 'Unrecognized key: "lang"' },
			{
				file: 'content/articles/first-article.mdx',
				field: 'lang',
				message: 'originals are written in en; put a translation in a language folder beside it (articles/es/<same file name>)',
			},
		]);
	});
});

describe('unreadFiles', () => {
	let root: string;

	function write(path: string, text = ''): void {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}

	before(() => {
		root = mkdtempSync(join(tmpdir(), 'unread-files-test-'));
		write('content/topics/repression.yaml');
		write('content/topics/notes.txt', 'An editor’s notes, saved in the wrong place.');
		write('content/authors/misnamed.yml');
		write('content/articles/good.mdx');
		write('content/articles/photo.jpg');
		write('content/articles/.draft-notes.mdx');
		write('content/articles/es/good.mdx');
		write('content/articles/es/2023/too-deep.mdx');
		write('content/pages/es/about.mdx');
	});

	after(() => rmSync(root, { recursive: true, force: true }));

	it('reports each file no collection reads, naming why, and nothing for the rest', () => {
		assert.deepEqual(unreadFiles(join(root, 'content'), root), [
			{
				file: 'content/articles/es/2023/too-deep.mdx',
				field: '',
				message: 'is not read: files in articles/ go at its top, or one folder down in a language folder (articles/es/)',
			},
			{ file: 'content/authors/misnamed.yml', field: '', message: 'is not read: files in authors/ must end in .yaml' },
			{ file: 'content/topics/notes.txt', field: '', message: 'is not read: files in topics/ must end in .yaml' },
		]);
	});
});

describe('formatPath', () => {
	it('writes keys with dots and indexes in brackets', () => {
		assert.equal(formatPath([]), '');
		assert.equal(formatPath(['title']), 'title');
		assert.equal(formatPath(['figures', 0, 'source']), 'figures[0].source');
		assert.equal(formatPath(['figures', 2, 'breakdown', 1, 'max']), 'figures[2].breakdown[1].max');
		assert.equal(formatPath(['image', 'alt']), 'image.alt');
	});
});

describe('formatProblems', () => {
	const problems: Problem[] = [
		{ file: 'content/articles/a.mdx', field: 'figures[0].source', message: '"x" is not among this entry\'s sources; add it to sources' },
		{ file: 'content/sources/b.yaml', field: '', message: 'bad YAML' },
		{ file: 'content/articles/a.mdx', field: 'authors[0]', message: 'no authors entry "nobody"' },
	];

	it('counts the problems and groups them by file, naming file, field and message', () => {
		assert.equal(
			formatProblems(problems),
			[
				'3 content problems:',
				'',
				'content/articles/a.mdx',
				'  figures[0].source: "x" is not among this entry\'s sources; add it to sources',
				'  authors[0]: no authors entry "nobody"',
				'',
				'content/sources/b.yaml',
				'  (file): bad YAML',
			].join('\n'),
		);
	});

	it('indents the lines of a message that has several, under its file', () => {
		const text = formatProblems([{ file: 'content/topics/t.yaml', field: '', message: 'Bad indentation at line 2\n\n  a: 1\n  ^\n' }]);
		assert.equal(
			text,
			['1 content problem:', '', 'content/topics/t.yaml', '  (file): Bad indentation at line 2', '', '        a: 1', '        ^'].join('\n'),
		);
	});

	it('says "problem" for one', () => {
		assert.match(formatProblems(problems.slice(1, 2)), /^1 content problem:\n/);
	});

	it('formats what checkContent finds', () => {
		const text = formatProblems(checkContent(withFile(article('first-article', { figures: [figure('toll-one', 'nowhere')] }))));
		assert.match(text, /^1 content problem:/);
		assert.match(text, /^content\/articles\/first-article\.mdx$/m);
		assert.match(text, /^ {2}figures\[0\]\.source: "nowhere" is not among this entry's sources; add it to sources$/m);
	});
});
