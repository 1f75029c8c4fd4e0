/** A DOM element with its attributes, event handlers (`on<event>`) and children, in one call. */
export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string | number | boolean | undefined | ((event: Event) => void)> = {},
	...children: (Node | string | false | undefined | null)[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === undefined || value === false) continue;
		if (typeof value === 'function') element.addEventListener(name.slice(2), value);
		else if (name in element && !name.includes('-') && name !== 'list') (element as unknown as Record<string, unknown>)[name] = value;
		else element.setAttribute(name, value === true ? '' : String(value));
	}
	for (const child of children) if (child !== false && child !== undefined && child !== null) element.append(child);
	return element;
}
