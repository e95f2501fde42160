// Vitest lives under tests/ (the top level holds only the agreed files); `npm test` points here.
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: new URL("..", import.meta.url).pathname,
  // svelteTesting: component tests (happy-dom) get Svelte's browser build instead of its server build.
  plugins: [svelte(), svelteTesting()],
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
