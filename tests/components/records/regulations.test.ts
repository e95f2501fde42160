// The shipped regulation records as the inputs offer them.
import { describe, expect, it } from "vitest";
import { REGULATIONS, newestRegulation } from "../../../src/components/records/regulations.ts";

describe("newestRegulation", () => {
  it("is the record for the latest years, not the last file name (tegemoetkoming-2020 sorts last)", () => {
    expect(REGULATIONS.at(-1)?.id).toBe("tegemoetkoming-2020");
    expect(newestRegulation()?.id).toBe("onderwijsregios-2025");
  });
});
