// Vitest lives under tests/ (the top level holds only the agreed files); `npm test` points here.
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: new URL("..", import.meta.url).pathname,
  plugins: [svelte()],
  test: {
    include: ["tests/**/*.test.ts"],
    // Browser tests start a preview server and Chromium; they run in their own files, one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ["default", "json"],
    outputFile: { json: "tests/output/vitest.json" },
  },
});
