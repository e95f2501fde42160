// The one Node requirement (package.json engines.node) and its Dutch message.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REQUIRED_NODE, nodeVersionProblem } from "../../src/cli/nodeVersion.mjs";

const manifest = JSON.parse(
  readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};
const [major, minor] = REQUIRED_NODE;

describe("Node requirement", () => {
  it("is read from package.json engines.node", () => {
    expect(manifest.engines.node).toBe(`>=${major}.${minor}`);
  });

  it("is met by the Node the project installs for itself (devDependency node)", () => {
    expect(nodeVersionProblem(manifest.devDependencies["node"] ?? "")).toBeNull();
  });

  describe.each([
    { version: `${major}.${minor}.0`, ok: true }, // exactly the minimum
    { version: `${major}.${minor + 1}.0`, ok: true }, // a later minor
    { version: `${major + 1}.0.0`, ok: true }, // a later major
    { version: `${major}.${minor - 1}.9`, ok: false }, // one minor too old
    { version: "20.20.2", ok: false }, // the system Node of an older machine
  ])("Node $version", ({ version, ok }) => {
    it(ok ? "is accepted" : "is refused with a Dutch message naming both versions", () => {
      const problem = nodeVersionProblem(version);
      if (ok) expect(problem).toBeNull();
      else
        expect(problem).toContain(
          `heeft Node.js ${major}.${minor} of nieuwer nodig; deze opdracht draait op Node.js ${version}`,
        );
    });
  });
});
