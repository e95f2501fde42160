/**
 * Recognises citations by line number (the abbreviation r. or rr., or the word regel(s), before a
 * number or a range) and the file names of our text
 * copies of the source documents: a reader has neither, so shipped text must cite title,
 * publisher, year and section instead. Used by the source schema and by the tests that scan
 * content, src and the built site.
 */

// r. or rr. with a number (space optional), regel or regels with a number or range, and seed file
// names (three digits, an underscore and sixteen hex digits).
// "regel 2, kolom 1" is the position in a JSON file the user opened (a parse message), not a citation.
const LINE_CITATION =
  /(?:\brr?\.\s?\d|\bregels?\s+\d+(?!\d)(?!,\s*kolom)|\b\d{3}_[0-9a-f]{16}\b|\b\d{3}_…)/i;

/** True when `text` cites a line number or a seed file name. */
export function hasLineCitation(text: string): boolean {
  return LINE_CITATION.test(text);
}

/** The line-number citations in `text`, for test messages. */
export function lineCitations(text: string): string[] {
  return [...text.matchAll(new RegExp(LINE_CITATION.source, "gi"))].map((m) => m[0]);
}
