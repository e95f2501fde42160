// Category actions: add/remove (with placements), hours per student/group/day, per-school hours, presets.
import { describe, expect, it } from "vitest";
import type { Session } from "../../../src/engine/index.ts";
import * as c from "../../../src/stores/editing/categories.ts";
import { describeActions, drive, example, valid } from "./helpers.ts";

describeActions([
  // new category with an id from its name, subsidised by default, zero hours
  {
    name: "add",
    run: () => c.addCategory("Zij-instromer"),
    check: (s: Session) =>
      s.categories.at(-1)!.id === "zij-instromer" && s.categories.at(-1)!.subsidised,
  },
  // an existing id gets a number
  {
    name: "add duplicate",
    run: () => c.addCategory("Minor", false),
    check: (s: Session) =>
      s.categories.at(-1)!.id === "minor-2" && !s.categories.at(-1)!.subsidised,
  },
  // removing a used category removes its placements too
  {
    name: "remove used",
    run: () => c.removeCategory("pabo-voltijd", "Pabo voltijd"),
    check: (s: Session) => s.categories.length === 2 && s.placements.length === 2,
  },
  {
    name: "rename",
    run: () => c.setCategoryField("minor", "name", "Minor (lio)"),
    check: (s: Session) =>
      s.categories[2]!.name === "Minor (lio)" && s.categories[2]!.id === "minor",
  },
  {
    name: "subsidised",
    run: () => c.setCategoryField("minor", "subsidised", true),
    check: (s: Session) => s.categories[2]!.subsidised,
  },
  {
    name: "weight",
    run: () => c.setCategoryField("minor", "weight", 0.5),
    check: (s: Session) => s.categories[2]!.weight === 0.5,
  },
  {
    name: "stipend",
    run: () => c.setCategoryField("minor", "stipend", 300),
    check: (s: Session) => s.categories[2]!.stipend === 300,
  },
  {
    name: "hours per student",
    run: () => c.setPerStudent("minor", "IO", 4),
    check: (s: Session) =>
      s.categories[2]!.perStudent.IO === 4 && s.categories[2]!.perStudent.WPB === 20,
  },
  // per group: switched on with size 15, then hours and size
  {
    name: "per group",
    run: () => {
      c.togglePerGroup("minor", true);
      c.setGroupSize("minor", 12);
      c.setGroupHours("minor", "SO", 53);
    },
    check: (s: Session) =>
      s.categories[2]!.perGroup?.size === 12 && s.categories[2]!.perGroup.hours.SO === 53,
  },
  {
    name: "per group off",
    run: () => {
      c.togglePerGroup("minor", true);
      c.togglePerGroup("minor", false);
    },
    check: (s: Session) => !("perGroup" in s.categories[2]!),
  },
  // per day: hours and a cap; a cap can be removed again
  {
    name: "per day",
    run: () => {
      c.togglePerDay("minor", true);
      c.setPerDay("minor", "hours", "WPB", 0.5);
      c.setPerDay("minor", "cap", "WPB", 36);
    },
    check: (s: Session) =>
      s.categories[2]!.perDay?.hours.WPB === 0.5 && s.categories[2]!.perDay.cap.WPB === 36,
  },
  {
    name: "per day cap removed",
    run: () => {
      c.togglePerDay("minor", true);
      c.setPerDay("minor", "cap", "SO", 24);
      c.setPerDay("minor", "cap", "SO", undefined);
    },
    check: (s: Session) => !("SO" in (s.categories[2]!.perDay?.cap ?? {})),
  },
  {
    name: "per school",
    run: () => c.setPerSchool("SO", 342),
    check: (s: Session) => s.perSchool.SO === 342,
  },
  // a preset interpretation switches the same fields on several categories at once; unknown ids are skipped
  {
    name: "fields on several categories",
    run: () => c.setCategoriesFields(["minor", "pabo-voltijd", "none"], { subsidised: false }),
    check: (s: Session) => !s.categories[0]!.subsidised && !s.categories[2]!.subsidised,
  },
  // a perDay value replaces the whole block (here: no cap)
  {
    name: "perDay block",
    run: () => c.setCategoriesFields(["minor"], { perDay: { hours: { WPB: 0.5 }, cap: {} } }),
    check: (s: Session) =>
      s.categories[2]!.perDay?.hours.WPB === 0.5 &&
      Object.keys(s.categories[2]!.perDay.cap).length === 0,
  },
]);

describe("placementsOfCategory", () => {
  it.each([
    { id: "pabo-voltijd", n: 3 }, // akker/pabo, beek/pabo, akker/elders
    { id: "minor", n: 1 },
    { id: "none", n: 0 },
  ])("$id is used $n time(s)", ({ id, n }) =>
    expect(c.placementsOfCategory(example(), id)).toBe(n),
  );
});

const preset: c.NormPreset = {
  id: "twente-po",
  name: "OidS Twente po",
  categories: [
    {
      id: "pabo-voltijd",
      name: "Pabo (Twente)",
      subsidised: true,
      weight: 1,
      perStudent: { WPB: 40, SO: 40, IO: 14 },
      stipend: 0,
    },
    { id: "lio", name: "Lio", subsidised: true, weight: 1, perStudent: { WPB: 60 }, stipend: 0 },
  ],
  perSchool: { SO: 342 },
};

describe.each([
  // the example's placements use pabo-voltijd (in the preset), pabo-deeltijd and minor (kept after the preset's)
  { name: "po example", start: example, ids: ["pabo-voltijd", "lio", "pabo-deeltijd", "minor"] },
  // with no placements, the preset replaces everything
  {
    name: "no placements",
    start: () => ({ ...example(), placements: [] }),
    ids: ["pabo-voltijd", "lio"],
  },
])("applyPreset on $name", ({ start, ids }) => {
  it("replaces categories and per-school hours, keeping categories in use", () => {
    const s = drive(start(), () => c.applyPreset(preset));
    expect(s.categories.map((x) => x.id)).toEqual(ids);
    expect(s.categories[0]!.name).toBe("Pabo (Twente)");
    expect(s.perSchool).toEqual({ SO: 342 });
    // the proposal names the norm the hours started from
    expect(s.norm).toEqual({ id: "twente-po", name: "OidS Twente po" });
    expect(valid(s)).toBe(true);
  });
});

describe("applyPreset", () => {
  it("copies the preset, so later edits do not change it", () => {
    drive(example(), () => {
      c.applyPreset(preset);
      c.setPerStudent("lio", "WPB", 1);
    });
    expect(preset.categories[1]!.perStudent.WPB).toBe(60);
  });
  it("an empty preset (leeg) keeps only the categories in use", () => {
    const s = drive({ ...example(), placements: example().placements.slice(0, 1) }, () =>
      c.applyPreset({ id: "eigen", name: "eigen norm van het partnerschap", categories: [] }),
    );
    expect(s.categories.map((x) => x.id)).toEqual(["pabo-voltijd"]);
    expect(s.perSchool).toEqual({});
    expect(s.norm?.id).toBe("eigen");
  });
});
