/**
 * Characters XML 1.0 does not allow anywhere in a document, not even as character references: C0
 * controls other than tab, line feed and carriage return, U+FFFE, U+FFFF, and lone surrogates (with
 * the u flag, a surrogate that is not half of a pair is matched as a code point of its own).
 */
const NON_XML_CHARACTERS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without the characters XML 1.0 forbids: one of them anywhere makes a whole feed unreadable. */
export function withoutNonXmlCharacters(text: string): string {
	return text.replace(NON_XML_CHARACTERS, '');
}
