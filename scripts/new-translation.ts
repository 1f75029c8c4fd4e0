// npm run translate -- articles/<id> es: writes content/articles/es/<id>.mdx, a draft translation to fill in.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COLLECTIONS, contentDir, ENTRY_COLLECTIONS, type EntryCollection } from '../src/content-model/collections.ts';
import { loadContentFiles } from '../src/content-model/load-files.ts';
import { TRANSLATION_LANGUAGES, type TranslationLanguage } from '../src/i18n/languages.ts';
import { type Original, translationTemplate } from './translation-template.ts';

const [target = '', lang = ''] = process.argv.slice(2);
const [collection, id] = target.split('/') as [string, string | undefined];
const usage = `Give what to translate and the language: npm run translate -- articles/<file name> ${TRANSLATION_LANGUAGES.join('|')}`;
if (!(ENTRY_COLLECTIONS as readonly string[]).includes(collection) || !id || !(TRANSLATION_LANGUAGES as readonly string[]).includes(lang)) {
	console.error(usage);
	process.exit(1);
}
const { folder, extension } = COLLECTIONS[collection as EntryCollection];
const original = loadContentFiles(contentDir()).find((file) => file.collection === collection && file.id === id);
if (!original || original.parseError) {
	console.error(`There is no readable ${join(contentDir(), folder, `${id}.${extension}`)} to translate.`);
	process.exit(1);
}
const file = join(contentDir(), folder, lang, `${id}.${extension}`);
if (existsSync(file)) {
	console.error(`${file} already exists: edit it.`);
	process.exit(1);
}
mkdirSync(dirname(file), { recursive: true });
const text = translationTemplate(
	{
		file: original.file,
		data: original.data as Original['data'],
		body: readFileSync(original.absolutePath, 'utf8').replace(/^---[\s\S]*?\n---\r?\n/, ''),
	},
	lang as TranslationLanguage,
	new Date().toISOString().slice(0, 10),
);
writeFileSync(file, text);
console.log(`Wrote ${file}. It is a draft: translate it, delete "draft: true", then run \`npm run check\`.`);
