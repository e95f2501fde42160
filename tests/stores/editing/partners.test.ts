// Partner actions: ids from names, rename keeps the id, removal cascades to placements.
import { describe, expect, it } from "vitest";
import {
  addPartner,
  placementsOfPartner,
  removePartner,
  renamePartner,
  setPartnerJoins,
  setPartnerMember,
  setPartnerRate,
  setPartnerSchools,
} from "../../../src/stores/editing/partners.ts";
import { sessionStore } from "../../../src/stores/session.ts";
import { undoRemoval } from "../../../src/stores/undo.ts";
import { drive, example, valid } from "./helpers.ts";

describe.each([
  // a new name becomes a slug
  { kind: "board", name: "Stichting Çedar Wâl", id: "stichting-cedar-wal" },
  // a name whose slug is taken gets a number
  { kind: "institute", name: "Akker", id: "akker-2" },
  // a name without letters or digits gets a fallback id
  { kind: "board", name: "???", id: "bestuur" },
  { kind: "institute", name: "", id: "opleiding" },
] as const)("addPartner($kind, '$name')", ({ kind, name, id }) => {
  it(`adds "${id}" as a member with no schools`, () => {
    let added = "";
    const s = drive(example(), () => (added = addPartner(kind, name)));
    expect(added).toBe(id);
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
])("removePartner($id)", ({ id, placements, left }) => {
  it(`removes the partner and its ${placements} placement(s); undo restores exactly that`, () => {
    expect(placementsOfPartner(example(), id)).toBe(placements);
    const s = drive(example(), () => removePartner(id, id));
    expect(s.partners.some((p) => p.id === id)).toBe(false);
    expect(s.placements).toHaveLength(left);
    expect(valid(s)).toBe(true);
    undoRemoval();
    if (id !== "nobody") expect(sessionStore.get()).toEqual(example());
  });
});

describe("partner fields", () => {
  it.each([
    // rename keeps the id, so placements still refer to it
    {
      name: "rename",
      run: () => renamePartner("akker", "Stichting Akkerland"),
      check: (s: ReturnType<typeof example>) =>
        s.partners[0]!.name === "Stichting Akkerland" && s.partners[0]!.id === "akker",
    },
    // member off
    {
      name: "member",
      run: () => setPartnerMember("pabo", false),
      check: (s: ReturnType<typeof example>) => s.partners[2]!.member === false,
    },
    // schools
    {
      name: "schools",
      run: () => setPartnerSchools("beek", 11),
      check: (s: ReturnType<typeof example>) => s.partners[1]!.schools === 11,
    },
    // joining year set and cleared
    {
      name: "joins",
      run: () => setPartnerJoins("beek", "2025-2026"),
      check: (s: ReturnType<typeof example>) => s.partners[1]!.joins === "2025-2026",
    },
    {
      name: "joins cleared",
      run: () => {
        setPartnerJoins("beek", "2025-2026");
        setPartnerJoins("beek", undefined);
      },
      check: (s: ReturnType<typeof example>) => !("joins" in s.partners[1]!),
    },
    // rate override, and removing the last override drops the object
    {
      name: "rate",
      run: () => setPartnerRate("akker", "SO", 58),
      check: (s: ReturnType<typeof example>) => s.partners[0]!.rates?.SO === 58,
    },
    {
      name: "rate cleared",
      run: () => {
        setPartnerRate("akker", "SO", 58);
        setPartnerRate("akker", "SO", undefined);
      },
      check: (s: ReturnType<typeof example>) => !("rates" in s.partners[0]!),
    },
  ])("$name", ({ run, check }) => {
    const s = drive(example(), run);
    expect(check(s)).toBe(true);
    expect(valid(s)).toBe(true);
  });
});
