// Partner actions: ids from names, rename keeps the id, removal cascades to placements.
import { describe, expect, it } from "vitest";
import {
  addPartnerDraft,
  placementsOfPartner,
  removePartnerDraft,
  renamePartnerDraft,
  setPartnerJoinsDraft,
  setPartnerMemberDraft,
  setPartnerRateDraft,
  setPartnerSchoolsDraft,
} from "../../../src/stores/editing/partners.ts";
import { example, valid } from "./helpers.ts";

describe.each([
  // a new name becomes a slug
  { kind: "board", name: "Stichting Çedar Wâl", id: "stichting-cedar-wal" },
  // a name whose slug is taken gets a number
  { kind: "institute", name: "Akker", id: "akker-2" },
  // a name without letters or digits gets a fallback id
  { kind: "board", name: "???", id: "bestuur" },
  { kind: "institute", name: "", id: "opleiding" },
] as const)("addPartnerDraft($kind, '$name')", ({ kind, name, id }) => {
  it(`adds "${id}" as a member with no schools`, () => {
    const s = example();
    expect(addPartnerDraft(s, kind, name)).toBe(id);
    expect(s.partners.at(-1)).toMatchObject({ id, kind, member: true, schools: 0, fixedCosts: [] });
    expect(valid(s)).toBe(true);
  });
});

describe.each([
  // akker is in three placements (two with pabo, one with elders)
  { id: "akker", placements: 3, left: 2 },
  // pabo is in four
  { id: "pabo", placements: 4, left: 1 },
  // elders in one
  { id: "elders", placements: 1, left: 4 },
  // an unknown id changes nothing
  { id: "nobody", placements: 0, left: 5 },
])("removePartnerDraft($id)", ({ id, placements, left }) => {
  it(`removes the partner and its ${placements} placement(s)`, () => {
    const s = example();
    expect(placementsOfPartner(s, id)).toBe(placements);
    removePartnerDraft(s, id);
    expect(s.partners.some((p) => p.id === id)).toBe(false);
    expect(s.placements).toHaveLength(left);
    expect(valid(s)).toBe(true);
  });
});

describe("partner fields", () => {
  it.each([
    // rename keeps the id, so placements still refer to it
    { name: "rename", run: (s: ReturnType<typeof example>) => renamePartnerDraft(s, "akker", "Stichting Akkerland"), check: (s: ReturnType<typeof example>) => s.partners[0]!.name === "Stichting Akkerland" && s.partners[0]!.id === "akker" },
    // member off
    { name: "member", run: (s: ReturnType<typeof example>) => setPartnerMemberDraft(s, "pabo", false), check: (s: ReturnType<typeof example>) => s.partners[2]!.member === false },
    // schools
    { name: "schools", run: (s: ReturnType<typeof example>) => setPartnerSchoolsDraft(s, "beek", 11), check: (s: ReturnType<typeof example>) => s.partners[1]!.schools === 11 },
    // joining year set and cleared
    { name: "joins", run: (s: ReturnType<typeof example>) => setPartnerJoinsDraft(s, "beek", "2025-2026"), check: (s: ReturnType<typeof example>) => s.partners[1]!.joins === "2025-2026" },
    { name: "joins cleared", run: (s: ReturnType<typeof example>) => { setPartnerJoinsDraft(s, "beek", "2025-2026"); setPartnerJoinsDraft(s, "beek", undefined); }, check: (s: ReturnType<typeof example>) => !("joins" in s.partners[1]!) },
    // rate override, and removing the last override drops the object
    { name: "rate", run: (s: ReturnType<typeof example>) => setPartnerRateDraft(s, "akker", "SO", 58), check: (s: ReturnType<typeof example>) => s.partners[0]!.rates?.SO === 58 },
    { name: "rate cleared", run: (s: ReturnType<typeof example>) => { setPartnerRateDraft(s, "akker", "SO", 58); setPartnerRateDraft(s, "akker", "SO", undefined); }, check: (s: ReturnType<typeof example>) => !("rates" in s.partners[0]!) },
  ])("$name", ({ run, check }) => {
    const s = example();
    run(s);
    expect(check(s)).toBe(true);
    expect(valid(s)).toBe(true);
  });
});
