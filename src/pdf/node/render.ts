/** Node only: renders a document definition to PDF bytes with the TTFs in public/fonts/. */
import { createRequire } from "node:module";
import { sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { fontDictionary } from "../fonts.ts";
import { installTagging } from "../tagging.ts";

/** Where the fonts live; the same files the browser fetches. */
export const FONT_DIR = fileURLToPath(new URL("../../../public/fonts/", import.meta.url));

const require = createRequire(import.meta.url);

/** The PDF as bytes. The definition is consumed (pdfmake fills in defaults): build a fresh one per call. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  const pdfmake = require("pdfmake") as typeof import("pdfmake") & {
    setLocalAccessPolicy: (cb: (path: string) => boolean) => void;
  };
  // The same module instances pdfmake's printer uses (require cache): see src/pdf/tagging.ts.
  const { default: LayoutBuilder } = require("pdfmake/js/LayoutBuilder.js") as {
    default: Parameters<typeof installTagging>[0];
  };
  const { default: Renderer } = require("pdfmake/js/Renderer.js") as {
    default: Parameters<typeof installTagging>[1];
  };
  installTagging(LayoutBuilder, Renderer);
  // Nothing is fetched from the network; only the font folder may be read.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) =>
    path.startsWith(FONT_DIR.endsWith(sep) ? FONT_DIR : FONT_DIR + sep),
  );
  pdfmake.setFonts(fontDictionary((file) => FONT_DIR + file));
  return pdfmake.createPdf(doc).getBuffer();
}
