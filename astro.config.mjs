// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import svelte from "@astrojs/svelte";
import { serviceWorker } from "./src/integrations/serviceWorker.ts";

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
  vite: {
    build: {
      // pdfmake (≈ 950 kB minified) is one chunk on purpose: it loads only when someone makes a PDF.
      // The pages' own JavaScript has its budget in the tests; this limit keeps the warning for
      // any other chunk that grows past pdfmake's size.
      chunkSizeWarningLimit: 1200,
      rolldownOptions: {
        onwarn(warning, warn) {
          // @astrojs/mdx marks every MDX module with Astro's own "use astro:head-inject" directive,
          // and the bundler warns that it cannot keep it; Astro needs no more than it gets
          // (known upstream: withastro/astro issue 18087). Other directives still warn.
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("astro:head-inject")) return;
          warn(warning);
        },
      },
    },
  },
});
