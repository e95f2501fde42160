/**
 * Browser only: renders a document definition to a PDF with pdfmake, loaded on first use (it is
 * not in any page's initial bundle), with the fonts fetched from public/fonts/ by absolute URL.
 */
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { fontDictionary } from "./fonts.ts";
import { type PdfmakeInternals, installTagging } from "./tagging.ts";

type PdfMake = typeof import("pdfmake/build/pdfmake");

let loading: Promise<PdfMake> | null = null;

/** Loads pdfmake once (the lazy chunk). */
function loadPdfMake(): Promise<PdfMake> {
  loading ??= import("pdfmake/build/pdfmake").then((mod) => ((mod as { default?: PdfMake }).default ?? mod));
  return loading;
}

/** The PDF as a Blob. `fontBase` is the absolute URL of the fonts folder, ending in "/". */
async function renderPdfBlob(doc: TDocumentDefinitions, fontBase: string): Promise<Blob> {
  const pdfmake = await loadPdfMake();
  const origin = new URL(fontBase).origin;
  // Only our own fonts may be fetched; a document never pulls anything from elsewhere.
  (pdfmake as unknown as { setUrlAccessPolicy?: (cb: (url: string) => boolean) => void }).setUrlAccessPolicy?.((url) => new URL(url).origin === origin);
  pdfmake.setFonts(fontDictionary((file) => new URL(file, fontBase).href));
  // The build exposes pdfmake's renderer (src/integrations/pdfmakeInternals.ts). Without it (the
  // development server pre-bundles pdfmake) the PDF must not claim tags it does not have.
  const internals = (pdfmake as unknown as { internals?: PdfmakeInternals }).internals;
  if (internals === undefined) doc.tagged = false;
  else installTagging(internals.LayoutBuilder, internals.Renderer);
  return pdfmake.createPdf(doc).getBlob();
}

/** Renders and hands the PDF to the browser as a download named `fileName`. */
export async function downloadPdf(doc: TDocumentDefinitions, fileName: string, fontBase: string): Promise<void> {
  saveBlob(await renderPdfBlob(doc, fontBase), fileName);
}

/** Renders the document as Word (.docx; the `docx` package is loaded on this first click) and downloads it. */
export async function downloadWord(doc: TDocumentDefinitions, fileName: string): Promise<void> {
  const { wordBlob } = await import("./word.ts");
  saveBlob(await wordBlob(doc), fileName);
}

/** Hands a file to the browser as a download named `fileName`. */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the object URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
