import type { AstroIntegrationLogger } from 'astro';
import { checkContent } from './check.ts';
import type { CollectionName } from './collections.ts';
import type { ContentFile } from './content-file.ts';
import { unreadFiles } from './files.ts';
import { ContentProblems, formatProblems, type Problem } from './problems.ts';

interface Round {
	waiting: Set<CollectionName>;
	allRead: PromiseWithResolvers<void>;
	checked?: Promise<Problem[]>;
}

/** Where the content is: the content folder and the project root, absolute. */
interface Place {
	contentRoot: string;
	projectRoot: string;
}

/**
 * The content check of one content sync, shared by every collection's loader (src/content.config.ts):
 * each loader hands over the files it read, and once every collection has been read the checks across
 * files run once, over all of them. A sync that finds problems fails with all of them listed, so that
 * `astro build`, `astro sync` and `astro check` stop before anything is built. In the dev server the
 * list is logged instead, and drawn up again whenever a content file changes.
 */
export function contentSync(collections: readonly CollectionName[]) {
	const files = new Map<string, ContentFile>();
	let round: Round | undefined;
	let watching: { logger: AstroIntegrationLogger; place: Place; lastReport: string; timer?: ReturnType<typeof setTimeout> } | undefined;

	// A symbolic link is reported by the folder listing and, if Astro reads it, by the loader: once is enough.
	const problems = (place: Place) => {
		const all = [...checkContent([...files.values()]), ...unreadFiles(place.contentRoot, place.projectRoot)];
		return all.filter((problem, index) => all.findIndex((other) => JSON.stringify(other) === JSON.stringify(problem)) === index);
	};

	/** In the dev server: logs the list whenever it changes, and says so when it empties. */
	function report(found: Problem[]): void {
		if (!watching) return;
		const text = found.length > 0 ? formatProblems(found) : '';
		if (text === watching.lastReport) return;
		if (text !== '') watching.logger.error(text);
		else watching.logger.info('The content problems are fixed.');
		watching.lastReport = text;
	}

	function recheckSoon(): void {
		if (!watching || round) return;
		clearTimeout(watching.timer);
		watching.timer = setTimeout(() => watching && report(problems(watching.place)), 200);
	}

	return {
		/** A loader starts reading its collection: a new sync begins with the first of them. */
		reading(collection: CollectionName): void {
			round ??= { waiting: new Set(collections), allRead: Promise.withResolvers() };
			for (const [path, file] of files) if (file.collection === collection) files.delete(path);
		},

		/** A file has been read (during a sync, or again after an editor changed it in the dev server). */
		put(file: ContentFile): void {
			files.set(file.absolutePath, file);
			recheckSoon();
		},

		/** A file was deleted while the dev server watched it. */
		remove(absolutePath: string): void {
			if (files.delete(absolutePath)) recheckSoon();
		},

		/**
		 * A loader has read its whole collection: waits until every collection has been read, then reports
		 * the problems of the whole content, by failing (in a build) or by logging them (`watch`, the dev server).
		 */
		async read(collection: CollectionName, logger: AstroIntegrationLogger, place: Place, watch: boolean): Promise<void> {
			const current = round;
			if (!current) throw new Error(`${collection} was read outside a content sync`);
			current.waiting.delete(collection);
			if (current.waiting.size === 0) current.allRead.resolve();
			await current.allRead.promise;
			current.checked ??= Promise.resolve().then(() => {
				if (round === current) round = undefined;
				const found = problems(place);
				if (watch) {
					watching ??= { logger, place, lastReport: '' };
					report(found);
				}
				return found;
			});
			const found = await current.checked;
			if (found.length > 0 && !watch) throw new ContentProblems(found);
		},
	};
}

export type ContentSync = ReturnType<typeof contentSync>;
