import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { DEFAULT_LANGUAGE, isLanguage, LOCALES } from '../i18n/languages.ts';
import { BodySyntaxError, parseMdx, readBody } from './body.ts';
import { refusedFile } from './files.ts';
import { fileProblems, schemaProblems } from './check.ts';
import { COLLECTIONS, type CollectionName, contentDir, filePattern, idFromPath, splitLanguageId } from './collections.ts';
import type { ContentFile } from './content-file.ts';
import type { Problem } from './problems.ts';
import type { ContentSync } from './sync.ts';
import { WORD_COUNT } from './word-count.ts';
import { HIDDEN_CHARACTERS, hiddenCharacter } from '../schemas/text.ts';

/** How Astro reads the files of one extension: the MDX integration's reader, or Astro's YAML reader. */
interface EntryType {
	getEntryInfo(input: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; body?: string }>;
}

/** A file between being read and being stored: the text of an MDX file, whose body is read when it is stored. */
type Reading = ContentFile & { mdx?: string };

/** What parseData answers for a file that is not to be stored. */
const REFUSED: Record<string, unknown> = Object.freeze({});

/**
 * A collection's loader: Astro's glob() over the collection's folder, with the content check in the
 * middle. Every file is read by Astro's own readers and checked against the collection's schema by
 * Astro's parseData; an MDX body is parsed by the MDX parser the build uses. A file with a problem is
 * not stored, and its problems go to the sync's report (ContentSync, which also checks across files
 * once every collection is read). Entries are stored with their body's word count, not the body.
 */
export function contentLoader(name: CollectionName, sync: ContentSync): Loader {
	const files = glob({
		pattern: filePattern(name),
		base: `${contentDir()}/${COLLECTIONS[name].folder}`,
		generateId: ({ entry }) => idFromPath(entry),
	});
	return {
		name: 'campaign-content',
		load: async (context) => {
			const projectRoot = fileURLToPath(context.config.root);
			const contentRoot = resolve(projectRoot, contentDir());
			const readings = new Map<string, Reading>();
			const reading = (absolutePath: string): Reading => {
				let file = readings.get(absolutePath);
				if (!file) {
					const path = relative(projectRoot, absolutePath);
					file = { collection: name, id: '', file: path, absolutePath, data: undefined, body: undefined, problems: [] };
					readings.set(absolutePath, file);
				}
				return file;
			};

			// One unreadable file is reported with the others, instead of ending the sync.
			const readBy = (type: EntryType): EntryType => ({
				...type,
				async getEntryInfo(input) {
					const file = reading(fileURLToPath(input.fileUrl));
					const refused = refusedFile(file.absolutePath, contentRoot, input.contents);
					if (refused) {
						file.problems.push({ file: file.file, field: '', message: refused });
						return { data: {}, body: '' };
					}
					try {
						const info = await type.getEntryInfo(input);
						file.data = info.data;
						if (info.body !== undefined) file.mdx = input.contents;
						return info;
					} catch (error) {
						file.problems.push(unreadable(file.file, error, input.contents));
						return { data: {}, body: '' };
					}
				},
			});
			const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, EntryType> };

			// glob() skips a file whose text has not changed since the last sync, and the checks need every file.
			context.store.clear();
			sync.reading(name);
			await files.load({
				...context,
				logger: quietAboutEmptyFolders(context.logger),
				...(entryTypes && { entryTypes: new Map([...entryTypes].map(([extension, type]) => [extension, readBy(type)])) }),
				parseData: async (props) => {
					const file = reading(props.filePath ?? '');
					file.id = props.id;
					if (file.problems.length > 0) return REFUSED as typeof props.data;
					try {
						return await context.parseData(props);
					} catch (error) {
						const problems = schemaProblems(name, file.file, props.data);
						file.problems.push(...(problems.length > 0 ? problems : [{ file: file.file, field: '', message: (error as Error).message }]));
						return REFUSED as typeof props.data;
					}
				},
				store: {
					...context.store,
					set: (entry) => {
						const absolutePath = resolve(projectRoot, entry.filePath ?? '');
						const { mdx, ...file } = reading(absolutePath);
						readings.delete(absolutePath);
						if (mdx !== undefined && file.problems.length === 0) {
							try {
								file.body = readBody(parseMdx(mdx), LOCALES[languageOf(name, file.id)]);
							} catch (error) {
								if (!(error instanceof BodySyntaxError)) throw error;
								file.problems.push({ file: file.file, field: `line ${error.line}`, message: error.message });
							}
						}
						sync.put(file);
						if (entry.data === REFUSED || fileProblems(file).length > 0) {
							// In the dev server, the version stored before the editor's change goes too, so that the
							// preview never shows it as current, and saving the earlier text reads the file anew.
							context.store.delete(entry.id);
							return false;
						}
						const data = file.body ? { ...entry.data, [WORD_COUNT]: file.body.words } : entry.data;
						return context.store.set({ ...entry, data, body: undefined });
					},
				},
			});
			context.watcher?.on('unlink', (path) => sync.remove(path));
			await sync.read(name, context.logger, { contentRoot, projectRoot }, context.watcher !== undefined);
		},
	};
}

/** glob() warns of a folder with nothing to read; here that is normal (a collection with no translations yet). */
function quietAboutEmptyFolders(logger: LoaderContext['logger']): LoaderContext['logger'] {
	return Object.assign(Object.create(logger) as LoaderContext['logger'], {
		warn: (message: string) => {
			if (!message.startsWith('No files found matching')) logger.warn(message);
		},
	});
}

/** What Astro's reader said of a file it could not read, with the line of the file where it gives one. */
function unreadable(file: string, error: unknown, contents: string): Problem {
	// YAML cannot read most control characters; the editor needs to know which one, and where.
	const lines = contents.split('\n');
	const line = lines.findIndex((text) => HIDDEN_CHARACTERS.test(text));
	const hidden = line === -1 ? undefined : hiddenCharacter(lines[line] ?? '', 'the line');
	if (hidden) return { file, field: `line ${line + 1}`, message: hidden };
	const { message, loc } = error as Error & { loc?: { line?: number } };
	return { file, field: loc?.line === undefined ? '' : `line ${loc.line}`, message: `cannot be read: ${message.replace(/^\*\*.+?\*\* failed to parse: /, '')}` };
}

/** The language a file is written in: a translation's or a page's language folder, else the default language. */
function languageOf(collection: CollectionName, id: string) {
	const { folder } = splitLanguageId(id);
	return COLLECTIONS[collection].files !== 'top' && isLanguage(folder) ? folder : DEFAULT_LANGUAGE;
}
