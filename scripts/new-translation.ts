// npm run translate -- articles/<id> es: writes content/articles/es/<id>.mdx, a draft translation to fill in.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COLLECTIONS, contentDir, ENTRY_COLLECTIONS, type EntryCollection } from '../src/content-model/collections.ts';
import { TRANSLATION_LANGUAGES, type TranslationLanguage } from '../src/i18n/languages.ts';
import { readContentText } from './content-files.ts';
import { type Original, translationTemplate } from './translation-template.ts';

const [target = '', lang = ''] = process.argv.slice(2);
const [collection, id] = target.split('/') as [string, string | undefined];
const usage = `Give what to translate and the language: npm run translate -- articles/<file name> ${TRANSLATION_LANGUAGES.join('|')}`;
if (!(ENTRY_COLLECTIONS as readonly string[]).includes(collection) || !id || !(TRANSLATION_LANGUAGES as readonly string[]).includes(lang)) {
	console.error(usage);
	process.exit(1);
}
const { folder, extension } = COLLECTIONS[collection as EntryCollection];
const originalFile = join(contentDir(), folder, `${id}.${extension}`);
let original: { data: unknown; body: string };
try {
	original = readContentText(originalFile);
} catch {
	console.error(`There is no readable ${originalFile} to translate.`);
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
		file: originalFile,
		data: original.data as Original['data'],
		body: original.body,
	},
	lang as TranslationLanguage,
	new Date().toISOString().slice(0, 10),
);
writeFileSync(file, text);
console.log(`Wrote ${file}. It is a draft: translate it, delete "draft: true", then run \`npm run check\`.`);
