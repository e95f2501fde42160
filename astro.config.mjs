// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import svelte from "@astrojs/svelte";
import { serviceWorker } from "./src/integrations/serviceWorker.ts";
import { pdfmakeInternals } from "./src/integrations/pdfmakeInternals.ts";

// BASE_PATH lets the same build live under a sub-path (e.g. /gesprekswijzer/) on any static host.
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  output: "static",
  base,
  trailingSlash: "always",
  integrations: [svelte(), mdx(), serviceWorker()],
  server: { host: "127.0.0.1", port: 4321 },
  devToolbar: { enabled: false },
  build: { format: "directory" },
  // The cards hold no code to highlight, and Shiki's inline styles would not pass the CSP below
  // (Astro warns about that on every build), so syntax highlighting is off.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy <meta> on every page: Astro hashes the scripts and styles it emits
  // inline; everything else must come from this site (see tests/browser/csp.test.ts).
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "frame-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    // Lets the tagged-PDF patch reach pdfmake's renderer in the browser (src/pdf/tagging.ts).
    plugins: [pdfmakeInternals()],
    build: {
      // pdfmake (≈ 950 kB minified) is one chunk on purpose: it loads only when someone makes a PDF.
      // The pages' own JavaScript has its budget in the tests; this limit keeps the warning for
      // any other chunk that grows past pdfmake's size.
      chunkSizeWarningLimit: 1200,
      rolldownOptions: {
        // The engine and the report views are pure functions (no module does anything when it is
        // loaded but define): a module none of whose exports a page uses is left out, so a page
        // that reads one constant through an index does not pull in the session schema and zod
        // (whose schema building the bundler cannot prove harmless). Stores and components keep
        // their load-time effects.
        treeshake: { moduleSideEffects: (id) => !/[\\/]src[\\/](engine|report)[\\/]/.test(id) },
        onwarn(warning, warn) {
          // @astrojs/mdx marks every MDX module with Astro's own "use astro:head-inject" directive,
          // and the bundler warns that it cannot keep it; Astro needs no more than it gets
          // (known upstream: withastro/astro issue 18087). Other directives still warn.
          if (
            warning.code === "MODULE_LEVEL_DIRECTIVE" &&
            warning.message.includes("astro:head-inject")
          )
            return;
          warn(warning);
        },
      },
    },
  },
});
