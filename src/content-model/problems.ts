/** Something wrong in a content file, as an editor must see it: the file, the field (or line) and what is wrong. */
export interface Problem {
	file: string;
	/** Dotted path of the field (`figures[0].source`), `line 12` for the body, or empty for the file as a whole. */
	field: string;
	message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
		.join('');
}

/** Problems grouped by file, in file order, one line per field; a message of several lines stays indented under its file. */
export function formatProblems(problems: readonly Problem[]): string {
	const byFile = Map.groupBy(
		problems.toSorted((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
		(problem) => problem.file,
	);
	const lines = [`${problems.length} content problem${problems.length === 1 ? '' : 's'}:`];
	for (const [file, fileProblems] of byFile) {
		lines.push('', file);
		for (const { field, message } of fileProblems) {
			const [first, ...rest] = message.trimEnd().split('\n');
			lines.push(`  ${field === '' ? '(file)' : field}: ${first}`, ...rest.map((line) => `      ${line}`.trimEnd()));
		}
	}
	return lines.join('\n');
}

/** The content has problems: nothing is built. Its message is the list of problems; it has no stack trace to wade through. */
export class ContentProblems extends Error {
	readonly problems: readonly Problem[];

	constructor(problems: readonly Problem[]) {
		super(`The content has problems; nothing was built.\n\n${formatProblems(problems)}\n`);
		this.problems = problems;
		this.name = 'ContentProblems';
		this.stack = '';
	}

	// Astro's error printer adds a hint about browser APIs when toString() mentions "document" or
	// "window", as an editor's text or our messages may; the list needs no hint.
	override toString(): string {
		return this.name;
	}
}
