/** The fonts the documents use: three Roboto cuts, served from public/fonts/ (OFL 1.1, see OFL.txt). */
import type { TFontDictionary } from "pdfmake/interfaces";

/** Font files per style; bold-italic is never used, so it is not shipped. */
export const FONT_FILES = {
  normal: "Roboto-Regular.ttf",
  bold: "Roboto-Medium.ttf",
  italics: "Roboto-Italic.ttf",
} as const;

/** The family name used in the document definitions. */
export const FONT_FAMILY = "Roboto";

/** The pdfmake font dictionary, with each file located by `locate` (a path in Node, a URL in the browser). */
export function fontDictionary(locate: (file: string) => string): TFontDictionary {
  return {
    [FONT_FAMILY]: {
      normal: locate(FONT_FILES.normal),
      bold: locate(FONT_FILES.bold),
      italics: locate(FONT_FILES.italics),
    },
  };
}
