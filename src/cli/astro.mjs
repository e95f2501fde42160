// Every npm script starts Astro through this file (`node src/cli/astro.mjs build`): it checks the
// Node version with a Dutch message and switches Astro's anonymous telemetry off, so that no
// command sends anything or writes Astro's settings into the user's home folder.
// A plain `VAR=1 astro …` in package.json would not work in the Windows command prompt.
import { requireNode } from "./nodeVersion.mjs";

requireNode();
process.env.ASTRO_TELEMETRY_DISABLED ??= "1";
// Astro's own launcher (its package exports do not list it) reads the command from process.argv.
await import(new URL("../../node_modules/astro/bin/astro.mjs", import.meta.url).href);
