// npm run new -- "Title of the piece": writes content/articles/<slug>.mdx with every field laid out.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, contentDir } from '../src/content-model/collections.ts';
import { articleTemplate, slugify } from './article-template.ts';

const title = process.argv.slice(2).join(' ').trim();
if (title === '') {
	console.error('Give the title: npm run new -- "Title of the piece"');
	process.exit(1);
}
const slug = slugify(title);
if (slug === '') {
	console.error(`Cannot make a file name from "${title}"; use some letters or digits.`);
	process.exit(1);
}
const folder = join(contentDir(), COLLECTIONS.articles.folder);
const file = join(folder, `${slug}.${COLLECTIONS.articles.extension}`);
if (existsSync(file)) {
	console.error(`${file} already exists; choose another title or edit that file.`);
	process.exit(1);
}
mkdirSync(folder, { recursive: true });
writeFileSync(file, articleTemplate(title, new Date().toISOString().slice(0, 10)));
console.log(`Wrote ${file}. It is a draft: fill in the fields, then run \`npm run check\`.`);
