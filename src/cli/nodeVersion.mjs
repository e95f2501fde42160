// The project's one Node requirement is `engines.node` in package.json (">=major.minor"); the
// command line and src/cli/astro.mjs check it here with a Dutch message. Plain JavaScript on
// purpose: it must run (and explain itself) on a Node too old for the rest of the project.
import { readFileSync } from "node:fs";

/** @type {unknown} */
const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
const engines = /** @type {{ engines: { node: string } }} */ (manifest).engines.node;

/** The minimum Node version from package.json `engines.node`, as [major, minor]. */
export const REQUIRED_NODE = /** @type {[number, number]} */ (
  (/^>=\s*(\d+)\.(\d+)/.exec(engines) ?? ["", "0", "0"]).slice(1).map(Number)
);

/**
 * The Dutch message when `version` (e.g. "20.20.2") is older than the requirement, or null.
 * @param {string} version
 * @returns {string | null}
 */
export function nodeVersionProblem(version) {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const [needMajor, needMinor] = REQUIRED_NODE;
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return null;
  return (
    `Gesprekswijzer heeft Node.js ${needMajor}.${needMinor} of nieuwer nodig; deze opdracht draait op ` +
    `Node.js ${version}. Start hem met "npm run …" of "npx …" in de projectmap (die gebruiken de Node ` +
    `die "npm install" in het project zet), of installeer een nieuwere Node.js.`
  );
}

/** Stops the process with the Dutch message (exit code 2) when this Node is too old. */
export function requireNode() {
  const problem = nodeVersionProblem(process.versions.node);
  if (problem === null) return;
  process.stderr.write(`${problem}\n`);
  process.exit(2);
}
