// Preset interpretations: which reading a session follows, and that switching to the other reading
// and back restores the preset (the one-click switch on the facilitation step uses exactly this).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSession, type Session } from "../../../src/engine/index.ts";
import { activeInterpretations } from "../../../src/components/records/interpretations.ts";
import type { PresetFile } from "../../../src/components/records/shared.ts";
import { applyPreset, setCategoriesFields } from "../../../src/stores/editing/categories.ts";
import { sessionStore, replaceSession } from "../../../src/stores/session.ts";

const read = (name: string): PresetFile =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, "../../../content/presets", `${name}.json`), "utf8"),
  ) as PresetFile;
const denHaag = read("denhaag-vo");
const twente = read("twente-po");

/** A session with the Den Haag preset applied (as the norm panel does). */
function withDenHaag(): Session {
  const outcome = parseSession({
    format: "gesprekswijzer/1",
    partnership: { name: "Proef", sector: "vo" },
    years: ["2025-2026"],
    regulation: { perStudent: 1250 },
    rates: { WPB: 50, SO: 60, IO: 70 },
    categories: [],
    partners: [],
    placements: [],
  });
  if (!outcome.ok) throw new Error("proefsessie ongeldig");
  replaceSession(outcome.session);
  applyPreset({
    id: denHaag.id,
    name: denHaag.name,
    categories: denHaag.categories,
    ...(denHaag.perSchool ? { perSchool: denHaag.perSchool } : {}),
  });
  return sessionStore.get();
}

describe("Den Haag interpretations", () => {
  it("names both readings the source leaves open: deeltijd flex and the cap per practice period", () => {
    expect(denHaag.interpretations?.map((i) => i.id)).toEqual(["flex-subsidie", "flex-maximum"]);
    for (const i of denHaag.interpretations ?? []) {
      for (const id of i.categories) expect(denHaag.categories.map((c) => c.id)).toContain(id);
    }
  });

  it("splits the flexible routes: minors and modules do not count, deeltijd flex does", () => {
    expect(denHaag.categories.find((c) => c.id === "flex")?.subsidised).toBe(false);
    expect(denHaag.categories.find((c) => c.id === "deeltijd-flex")?.subsidised).toBe(true);
  });

  it("a session just after applying the preset follows the preset's reading", () => {
    expect(
      activeInterpretations(withDenHaag(), [denHaag, twente]).map((a) => [
        a.interpretation.id,
        a.reading,
      ]),
    ).toEqual([
      ["flex-subsidie", "preset"],
      ["flex-maximum", "preset"],
    ]);
  });

  it.each(denHaag.interpretations ?? [])(
    "$id: one change switches to the other reading, one change switches back",
    (interpretation) => {
      const [active] = activeInterpretations(withDenHaag(), [denHaag]).filter(
        (a) => a.interpretation.id === interpretation.id,
      );
      setCategoriesFields(active!.categories, interpretation.alternative.change);
      expect(
        activeInterpretations(sessionStore.get(), [denHaag]).find(
          (a) => a.interpretation.id === interpretation.id,
        )?.reading,
      ).toBe("alternative");
      setCategoriesFields(active!.categories, active!.presetChange);
      expect(
        activeInterpretations(sessionStore.get(), [denHaag]).find(
          (a) => a.interpretation.id === interpretation.id,
        )?.reading,
      ).toBe("preset");
    },
  );

  it("an edit by hand that is neither reading shows as 'own'", () => {
    withDenHaag();
    setCategoriesFields(["flex"], {
      perDay: { hours: { WPB: 0.5, SO: 0.3, IO: 0 }, cap: { WPB: 50 } },
    });
    expect(
      activeInterpretations(sessionStore.get(), [denHaag]).find(
        (a) => a.interpretation.id === "flex-maximum",
      )?.reading,
    ).toBe("own");
  });

  it("a session whose norm is another preset shows none of them", () => {
    const session = withDenHaag();
    session.norm = { id: "twente-po", name: "OidS Twente po" };
    expect(activeInterpretations(session, [denHaag, twente])).toEqual([]);
  });
});
