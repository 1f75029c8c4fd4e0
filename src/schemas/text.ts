import { z } from 'astro/zod';

/** Characters that hide or reorder text: C0 controls but tab and line breaks, DEL, and the bidi embedding, override and isolate marks. */
export const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/u;

/** A character as an editor can look it up: "U+202E". */
export const codePoint = (character: string) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a text with a hidden character is refused, or undefined; `where` names the text. */
export function hiddenCharacter(value: string, where: string): string | undefined {
	const found = HIDDEN_CHARACTERS.exec(value);
	if (!found) return undefined;
	return `${where} holds an invisible control character (${codePoint(found[0])}) at character ${found.index + 1}: delete it, or paste the text as plain text`;
}

/**
 * Words an editor writes in a field: not empty, and without characters that would hide or reverse
 * text for a reader, or break a feed (a vertical tab, pasted from a word processor, is not XML).
 */
export function text(whenEmpty?: string) {
	return z
		.string()
		.min(1, whenEmpty === undefined ? undefined : { message: whenEmpty })
		.superRefine((value, ctx) => {
			const problem = hiddenCharacter(value, 'the text');
			if (problem) ctx.addIssue({ code: 'custom', message: problem });
		});
}

/** Titles fit the share card and a line or two of search results. */
export const TITLE_MAX = 150;

export function title() {
	return text().max(TITLE_MAX, { message: `keep the title to ${TITLE_MAX} characters, so that it fits the share card and search results` });
}
