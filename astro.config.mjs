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
  // Lets the tagged-PDF patch reach pdfmake's renderer in the browser (src/pdf/tagging.ts).
  vite: { plugins: [pdfmakeInternals()] },
});
