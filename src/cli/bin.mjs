#!/usr/bin/env node
// Entry of `npx gesprekswijzer`. The command line is TypeScript run by Node's own type
// stripping (Node ≥ 22.18); npx puts the project's pinned Node 22 first on the PATH.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `Gesprekswijzer heeft Node 22.18 of nieuwer nodig (nu ${process.versions.node}). Start via "npx gesprekswijzer" in de projectmap.\n`,
  );
  process.exit(2);
}
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
