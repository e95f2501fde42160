#!/usr/bin/env node
// Entry of `npx gesprekswijzer`. The command line is TypeScript run by Node's own type stripping;
// npx puts the project's pinned Node first on the PATH, and requireNode explains any older one.
import { requireNode } from "./nodeVersion.mjs";

requireNode();
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
