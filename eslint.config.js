// ESLint with type information for TypeScript, Svelte and the tests. Formatting is Prettier's job.
// `npm run lint` runs `astro sync` first: the `astro:*` modules get their types from .astro/.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import ts from "typescript-eslint";

/** The rules that report values typed `any`; two overrides below switch them off, each says why. */
const unsafeAny = {
  "@typescript-eslint/no-unsafe-argument": "off",
  "@typescript-eslint/no-unsafe-assignment": "off",
  "@typescript-eslint/no-unsafe-call": "off",
  "@typescript-eslint/no-unsafe-member-access": "off",
  "@typescript-eslint/no-unsafe-return": "off",
};

export default defineConfig(
  { ignores: ["dist/", ".astro/", "node_modules/", "tests/output/", "coverage/"] },
  js.configs.recommended,
  ...ts.configs.recommendedTypeChecked,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      // The project service reads tsconfig.json, so the rules see the same types as `astro check`.
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: [".svelte"],
      },
    },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // typescript-eslint sees an imported .svelte component (its props, callbacks and exported
    // types) as `any`: only svelte-check translates components to TypeScript. So these rules would
    // flag every callback a component passes to a child; `npm run check` checks those types instead.
    files: ["**/*.svelte"],
    rules: { ...unsafeAny, "@typescript-eslint/no-redundant-type-constituents": "off" },
  },
  {
    // Tests read files and localStorage as plain JSON and build deliberately malformed sessions
    // (tests/engine/helpers.ts `Draft`); untyped values are the point there, and `expect` checks them.
    files: ["tests/**/*.ts"],
    rules: unsafeAny,
  },
);
