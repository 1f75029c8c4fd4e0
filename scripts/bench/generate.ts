// Synthetic content for the benchmark: articles that look like real ones (length, headings, lists,
// quotes, links, MDX components, sources and figures), generated deterministically from a seed.
import { type Random, seededRandom } from './random.ts';

export interface GeneratedFile {
	/** Path inside the content folder: articles/x.mdx, sources/y.yaml … */
	path: string;
	text: string;
}

const WORDS = (
	'the protest march union strike road blockade region community statement report police army congress president ' +
	'election assembly constitution demand people workers peasants students indigenous organisation rights justice ' +
	'victims families observers press journalists count figure source period december january february march lima ' +
	'puno cusco ayacucho juliaca andahuaylas government emergency decree coalition movement solidarity international ' +
	'commission inquiry evidence testimony witness hospital injured killed detained released charged court prosecutor'
).split(' ');

/** Words of that vocabulary the benchmark searches for (search-latency.ts), of several lengths. */
export const SEARCH_WORDS = ['protest', 'journalists', 'commission', 'testimony', 'ayacucho', 'prosecutor', 'hospital', 'blockade', 'congress', 'emergency'];

const TOPICS = ['repression', 'social-movements', 'press-freedom', 'international-response', 'democracy-and-elections'];
const COUNTRIES = ['PE', 'BO', 'CO', 'MX', 'AR', 'CL'];
const CATEGORIES = ['killed', 'injured', 'detained', 'press-aggressions'] as const;
const QUALIFIERS = ['exact', 'at-least', 'more-than', 'nearly', 'about', 'estimated', 'range'] as const;
/** At most this many sources; fewer for small runs, so that every source is cited (the build requires it). */
const MAX_SOURCES = 400;
const AUTHOR_COUNT = 12;

/** Words for the Spanish translations that records (topics, authors) must carry. */
const SPANISH_WORDS = (
	'la protesta marcha sindicato huelga bloqueo región comunidad declaración informe policía ejército congreso presidente ' +
	'elección asamblea constitución demanda pueblo trabajadores campesinos estudiantes indígenas organización derechos justicia ' +
	'víctimas familias observadores prensa periodistas cifra fuente periodo diciembre enero febrero lima puno cusco ayacucho'
).split(' ');

function sentence(random: Random, words = random.int(8, 22), vocabulary: readonly string[] = WORDS): string {
	const text = Array.from({ length: words }, () => random.pick(vocabulary)).join(' ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: Random, sentences = random.int(3, 6)): string {
	return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

function day(random: Random, year: number): string {
	return `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

function countWords(text: string): number {
	return text.split(/\s+/).filter((word) => /[a-z]/i.test(word)).length;
}

function figure(random: Random, id: string, source: string): string {
	const qualifier = random.pick(QUALIFIERS);
	const value = random.int(3, 900);
	const amount = qualifier === 'range' ? `min: ${value}\n    max: ${value + random.int(1, 200)}` : `value: ${value}`;
	return [
		`  - id: ${id}`,
		`    category: ${random.pick(CATEGORIES)}`,
		`    qualifier: ${qualifier}`,
		`    ${amount}`,
		`    unit: people`,
		`    wording: "${sentence(random, 9).replace(/"/g, '')}"`,
		`    period: { from: "2022-12-07", to: "2023-01-31" }`,
		`    reported: "2023-02-${String(random.int(1, 28)).padStart(2, '0')}"`,
		`    place: { country: PE, region: ${random.pick(['Puno', 'Cusco', 'Lima', 'Ayacucho'])} }`,
		`    source: ${source}`,
	].join('\n');
}

function body(random: Random, sources: string[]): string {
	const parts: string[] = [paragraph(random)];
	let words = countWords(parts[0] ?? '');
	const target = random.int(800, 1200);
	while (words < target) {
		const block = random.int(0, 9);
		let text: string;
		if (block === 0) text = `## ${sentence(random, random.int(3, 6)).slice(0, -1)}`;
		else if (block === 1) text = Array.from({ length: random.int(3, 5) }, () => `- ${sentence(random, random.int(5, 10))}`).join('\n');
		else if (block === 2) text = `> ${sentence(random, random.int(10, 20))}`;
		else if (block === 3)
			text = `${sentence(random)} See [the archive](/archive/) and [this report](https://example.org/report-${random.int(1, 99)}).`;
		else if (block === 4 && random.next() < 0.3)
			text = `<PullQuote by="A spokesperson" source="${random.pick(sources)}">${sentence(random, 12)}</PullQuote>`;
		else if (block === 5 && random.next() < 0.15)
			text = `<CallToAction title="${sentence(random, 4).slice(0, -1)}">${sentence(random)}</CallToAction>`;
		else text = `${paragraph(random)} <Cite id="${random.pick(sources)}" />`;
		parts.push(text);
		words += countWords(text);
	}
	return `${parts.join('\n\n')}\n`;
}

/**
 * The shared files: authors, topics, sources and the About page in every language. Topics and authors
 * carry the Spanish translations the schema requires; their words come from a random stream of their
 * own (`spanish`), so that a seed gives the same English content as before translations existed.
 */
function sharedFiles(random: Random, spanish: Random, sourceCount: number): GeneratedFile[] {
	const files: GeneratedFile[] = [
		{ path: 'pages/about.mdx', text: '---\ntitle: About\ndescription: Benchmark site.\n---\n\nBenchmark content.\n' },
		{ path: 'pages/es/about.mdx', text: '---\ntitle: Acerca de\ndescription: Sitio de prueba.\n---\n\nContenido de prueba.\n' },
	];
	for (const topic of TOPICS)
		files.push({
			path: `topics/${topic}.yaml`,
			text: [
				`name: ${topic.replace(/-/g, ' ')}`,
				`description: ${sentence(random)}`,
				'translations:',
				'  es:',
				`    name: tema ${topic.replace(/-/g, ' ')}`,
				`    description: ${sentence(spanish, spanish.int(8, 22), SPANISH_WORDS)}`,
				'',
			].join('\n'),
		});
	for (let index = 1; index <= AUTHOR_COUNT; index += 1)
		files.push({
			path: `authors/author-${index}.yaml`,
			text: [
				`name: Author ${index}`,
				`bio: ${sentence(random)}`,
				'translations:',
				'  es:',
				`    bio: ${sentence(spanish, spanish.int(8, 22), SPANISH_WORDS)}`,
				'',
			].join('\n'),
		});
	for (let index = 1; index <= sourceCount; index += 1)
		files.push({
			path: `sources/source-${index}.yaml`,
			text: [
				`title: "${sentence(random, 6).slice(0, -1)}"`,
				`publisher: "Publisher ${random.int(1, 40)}"`,
				`kind: ${random.pick(['press', 'human-rights-organisation', 'academic', 'intergovernmental-body'])}`,
				`published: "2023-01-${String(random.int(1, 31)).padStart(2, '0')}"`,
				'',
			].join('\n'),
		});
	return files;
}

/** `count` articles (English originals, untranslated) plus the authors, topics and sources they refer to. */
export function generateContent(count: number, seed = 1): GeneratedFile[] {
	const random = seededRandom(seed);
	const sourceCount = Math.min(MAX_SOURCES, count);
	const files = sharedFiles(random, seededRandom(seed ^ 0x5eed_e5), sourceCount);
	for (let index = 1; index <= count; index += 1) {
		const id = `article-${String(index).padStart(5, '0')}`;
		// Article i always cites source i (modulo the number of sources), so that every source is cited.
		const own = `source-${((index - 1) % sourceCount) + 1}`;
		const others = Array.from({ length: sourceCount }, (_, n) => `source-${n + 1}`).filter((id) => id !== own);
		const sources = [own, ...random.sample(others, random.int(1, 4))];
		const figures = Array.from({ length: random.int(0, 4) }, (_, n) => figure(random, `${id}-figure-${n + 1}`, random.pick(sources)));
		const frontmatter = [
			'---',
			`title: "${sentence(random, random.int(5, 11)).slice(0, -1)}"`,
			`description: "${sentence(random, random.int(14, 24))}"`,
			`published: ${day(random, random.pick([2023, 2024, 2025]))}`,
			`authors: [${random.sample(Array.from({ length: AUTHOR_COUNT }, (_, n) => `author-${n + 1}`), random.int(1, 2)).join(', ')}]`,
			`tags: [${random.sample(TOPICS, random.int(1, 3)).join(', ')}]`,
			`countries: [${random.sample(COUNTRIES, random.int(1, 2)).join(', ')}]`,
			`sources: [${sources.join(', ')}]`,
			figures.length === 0 ? 'figures: []' : `figures:\n${figures.join('\n')}`,
			'---',
			'',
		].join('\n');
		files.push({ path: `articles/${id}.mdx`, text: frontmatter + body(random, sources) });
	}
	return files;
}
