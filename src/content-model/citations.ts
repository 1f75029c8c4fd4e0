/** Source ids named by `<Cite id="…" />` markers in an MDX body. */
export function citedSourceIds(body: string): string[] {
	return [...body.matchAll(/<Cite\s(?:[^>]*?\s)?id=["']([^"']+)["']/g)].map((match) => match[1] as string);
}
