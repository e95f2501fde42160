// The shipped benchmark ranges pass their schema as written: the pages read the file without zod.
import { describe, expect, it } from "vitest";
import benchmarkJson from "../../content/benchmarks/ecbo-2021.json" with { type: "json" };
import { ECBO_2021, benchmarkSchema } from "../../src/report/index.ts";

describe("content/benchmarks/ecbo-2021.json", () => {
  it("passes its schema with nothing to fill in, and is what the pages read", () => {
    expect(benchmarkSchema.parse(benchmarkJson)).toEqual(benchmarkJson);
    expect(ECBO_2021).toEqual(benchmarkJson);
  });
});
