// Reads a _headers file (the Netlify / Cloudflare Pages format, written into the build from
// src/config/security.ts) and works out the headers for a request path, so that scripts/serve.ts
// serves the build with the headers a host would.
//
//   # comment
//   /path/pattern        a line at the start: the paths the rules below apply to; * matches anything,
//     Name: value        :name one path segment; indented lines: headers for those paths
//
// Every rule whose pattern matches applies, in file order; a header named again is joined with ", ".

export interface HeaderRule {
	pattern: string;
	headers: [name: string, value: string][];
}

export class HeadersSyntaxError extends Error {}

export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = raw.trimEnd();
		if (line.trim() === '' || line.trim().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			if (!line.startsWith('/') && !/^https?:\/\//.test(line))
				throw new HeadersSyntaxError(`line ${index + 1}: a path pattern must start with / ("${line}")`);
			rules.push({ pattern: line.trim(), headers: [] });
			return;
		}
		const rule = rules.at(-1);
		if (!rule) throw new HeadersSyntaxError(`line ${index + 1}: a header before any path pattern`);
		const separator = line.indexOf(':');
		const name = line.slice(0, separator).trim();
		if (separator === -1 || !/^[A-Za-z0-9-]+$/.test(name))
			throw new HeadersSyntaxError(`line ${index + 1}: expected "Name: value" ("${line.trim()}")`);
		rule.headers.push([name, line.slice(separator + 1).trim()]);
	});
	return rules;
}

function patternToRegExp(pattern: string): RegExp {
	const path = pattern.replace(/^https?:\/\/[^/]+/, '');
	const source = path
		.split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
		.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${source}$`);
}

/** The headers for a request path (without query), from every matching rule. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
	const result = new Map<string, { name: string; value: string }>();
	for (const rule of rules) {
		if (!patternToRegExp(rule.pattern).test(path)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			const existing = result.get(key);
			result.set(key, existing ? { name: existing.name, value: `${existing.value}, ${value}` } : { name, value });
		}
	}
	return new Map([...result.values()].map(({ name, value }) => [name, value]));
}
