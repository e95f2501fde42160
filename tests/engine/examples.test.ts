// The two worked examples reproduce the expected results of the domain contract, field by field.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeResult, parseSessionText } from "../../src/engine/index.ts";

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

/** Every leaf of `expected` as [path, value]. */
function leaves(value: unknown, path = ""): [string, unknown][] {
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) =>
      leaves(v, Array.isArray(value) ? `${path}[${k}]` : path ? `${path}.${k}` : k),
    );
  }
  return [[path, value]];
}

function at(value: unknown, path: string): unknown {
  return path
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

describe.each(["voorbeeld-po", "voorbeeld-vo"])("worked example %s", (name) => {
  const outcome = parseSessionText(fixture(`${name}.json`));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  const result = computeResult(outcome.session);
  const expected = JSON.parse(fixture(`${name}.expected.json`)) as unknown;

  it("has the same shape", () => {
    expect(result.years.map((y) => y.year)).toEqual(
      (expected as { years: { year: string }[] }).years.map((y) => y.year),
    );
    expect(result.warnings).toEqual((expected as { warnings: string[] }).warnings);
  });

  it.each(leaves(expected).filter(([path]) => !path.startsWith("warnings")))(
    "%s = %s",
    (path, want) => {
      const got = at(result, path);
      if (path.endsWith("coverage")) {
        // The expected file gives coverage to six decimals; the engine keeps the unrounded fraction.
        expect(got as number).toBeCloseTo(want as number, 6);
      } else if (typeof want === "number") {
        // Amounts in euros with cents: equal to the cent.
        expect(Math.round((got as number) * 100)).toBe(Math.round(want * 100));
        expect(got).toBe(want);
      } else {
        expect(got).toEqual(want);
      }
    },
  );
});
