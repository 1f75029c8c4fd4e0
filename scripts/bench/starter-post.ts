// A generated article (scripts/bench/generate.ts) as a post of the Astro blog starter: the same title,
// description, date and text, with the starter's frontmatter. The starter has none of our MDX
// components, so each becomes the Markdown it stands for (a quotation, a paragraph, a reference).
import type { GeneratedFile } from './generate.ts';

const ARTICLE = /^articles\/([^/]+)\.mdx$/;

function field(frontmatter: string, name: string): string {
	const value = new RegExp(`^${name}: (.*)$`, 'm').exec(frontmatter)?.[1];
	if (value === undefined) throw new Error(`generated article without ${name}`);
	return value;
}

export function starterPost(file: GeneratedFile): { name: string; text: string } | undefined {
	const id = ARTICLE.exec(file.path)?.[1];
	if (!id) return undefined;
	const [, frontmatter = '', body = ''] = file.text.split(/^---$/m);
	const text = body
		.replace(/<PullQuote [^>]*>([^<]*)<\/PullQuote>/g, '> $1')
		.replace(/<CallToAction title="([^"]*)">([^<]*)<\/CallToAction>/g, '**$1.** $2')
		.replace(/ <Cite id="([^"]*)" \/>/g, ' [$1]');
	if (/<[A-Z]/.test(text)) throw new Error(`${file.path}: a component the starter post does not replace`);
	const head = [
		'---',
		`title: ${field(frontmatter, 'title')}`,
		`description: ${field(frontmatter, 'description')}`,
		`pubDate: ${field(frontmatter, 'published')}`,
		'---',
	];
	return { name: `${id}.mdx`, text: `${head.join('\n')}\n${text}` };
}
