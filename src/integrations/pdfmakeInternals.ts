/**
 * Build step for the browser: pdfmake's bundle (pdfmake/build/pdfmake.js) keeps its LayoutBuilder
 * and Renderer classes private, but the tagged-PDF patch (src/pdf/tagging.ts) must reach them. This
 * Vite plugin adds one statement to that bundle: the exported pdfmake object gets an `internals`
 * property with both classes. Nothing else in pdfmake changes.
 */
import type { Plugin } from "vite";

/** The line of the bundle that creates the exported pdfmake object. */
export const EXPORT_LINE =
  "/* harmony default export */ const browser_extensions = (new browser_extensions_pdfmake());";

/** What the plugin appends after that line. */
export const EXPOSE =
  "browser_extensions.internals = { LayoutBuilder: src_LayoutBuilder, Renderer: src_Renderer };";

/** Adds `internals` to pdfmake's browser bundle; fails the build when pdfmake's bundle changed shape. */
export function exposePdfmakeInternals(code: string): string {
  if (
    !code.includes(EXPORT_LINE) ||
    !code.includes("const src_Renderer = (Renderer);") ||
    !code.includes("const src_LayoutBuilder = (LayoutBuilder);")
  ) {
    throw new Error(
      "pdfmake/build/pdfmake.js heeft een andere vorm dan verwacht (pdfmake bijgewerkt?): pas src/integrations/pdfmakeInternals.ts aan.",
    );
  }
  return code.replace(EXPORT_LINE, `${EXPORT_LINE}\n${EXPOSE}`);
}

/** The Vite plugin. */
export function pdfmakeInternals(): Plugin {
  return {
    name: "gesprekswijzer:pdfmake-internals",
    enforce: "pre",
    transform(code, id) {
      if (!/[\\/]pdfmake[\\/]build[\\/]pdfmake\.js$/.test(id.split("?")[0] ?? "")) return null;
      return { code: exposePdfmakeInternals(code), map: null };
    },
  };
}
