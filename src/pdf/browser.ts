/**
 * Browser only: renders a document model to a PDF with pdfmake or to Word with docx, each loaded on
 * first use (neither is in any page's initial bundle); the PDF's fonts are fetched from public/fonts/.
 */
import type { DocModel } from "../document/model.ts";
import { fontDictionary } from "./fonts.ts";
import { type PdfmakeInternals, installTagging } from "./tagging.ts";
import { offerDownload } from "../lib/download.ts";

type PdfMake = typeof import("pdfmake/build/pdfmake");

let loading: Promise<PdfMake> | null = null;

/** Loads pdfmake once (the lazy chunk). */
function loadPdfMake(): Promise<PdfMake> {
  loading ??= import("pdfmake/build/pdfmake").then(
    (mod) => (mod as { default?: PdfMake }).default ?? mod,
  );
  return loading;
}

/** The PDF as a Blob. `fontBase` is the absolute URL of the fonts folder, ending in "/". */
async function renderPdfBlob(model: DocModel, fontBase: string): Promise<Blob> {
  const [pdfmake, { toPdfmake }] = await Promise.all([loadPdfMake(), import("./pdfmake.ts")]);
  const doc = toPdfmake(model);
  const origin = new URL(fontBase).origin;
  // Only our own fonts may be fetched; a document never pulls anything from elsewhere.
  (
    pdfmake as unknown as { setUrlAccessPolicy?: (cb: (url: string) => boolean) => void }
  ).setUrlAccessPolicy?.((url) => new URL(url).origin === origin);
  pdfmake.setFonts(fontDictionary((file) => new URL(file, fontBase).href));
  // The build exposes pdfmake's renderer (src/integrations/pdfmakeInternals.ts). Without it (the
  // development server pre-bundles pdfmake) the PDF must not claim tags it does not have.
  const internals = (pdfmake as unknown as { internals?: PdfmakeInternals }).internals;
  if (internals === undefined) doc.tagged = false;
  else installTagging(internals.LayoutBuilder, internals.Renderer);
  return pdfmake.createPdf(doc).getBlob();
}

/** Renders and hands the PDF to the browser as a download named `fileName`. */
export async function downloadPdf(
  doc: DocModel,
  fileName: string,
  fontBase: string,
): Promise<void> {
  offerDownload(await renderPdfBlob(doc, fontBase), fileName);
}

/** Renders the document as Word (.docx; the `docx` package is loaded on this first click) and downloads it. */
export async function downloadWord(doc: DocModel, fileName: string): Promise<void> {
  const { wordBlob } = await import("../word/render.ts");
  offerDownload(await wordBlob(doc), fileName);
}
