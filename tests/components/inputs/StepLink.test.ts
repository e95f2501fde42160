// @vitest-environment happy-dom
// Hints that send people to another step link to that step, so nobody has to look for it.
import { cleanup, render, screen } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import AddPlacement from "../../../src/components/inputs/AddPlacement.svelte";
import FacilitationPanel from "../../../src/components/inputs/FacilitationPanel.svelte";
import FixedCostsPanel from "../../../src/components/inputs/FixedCostsPanel.svelte";
import OverheadPanel from "../../../src/components/inputs/OverheadPanel.svelte";
import { emptySession } from "../../../src/stores/newSession.ts";
import { replaceSession } from "../../../src/stores/session.ts";

beforeEach(() => replaceSession(emptySession(new Date(2026, 10, 23))));
afterEach(cleanup);

describe.each([
  // no partners yet: fixed costs send people to step 1
  {
    panel: "FixedCostsPanel",
    show: () => render(FixedCostsPanel),
    link: "stap Ons partnerschap",
    path: "/gesprek/partnerschap/",
  },
  // no categories yet: the facilitation panel points to the example norms
  {
    panel: "FacilitationPanel",
    show: () => render(FacilitationPanel),
    link: "stap Kwaliteit",
    path: "/gesprek/kwaliteit/",
  },
  // the overhead hint names where the indexation is set
  {
    panel: "OverheadPanel",
    show: () => render(OverheadPanel),
    link: "stap Facilitering",
    path: "/gesprek/facilitering/",
  },
  // a placement needs partners and a category first
  {
    panel: "AddPlacement",
    show: () => render(AddPlacement),
    link: "stap Ons partnerschap",
    path: "/gesprek/partnerschap/",
  },
])("$panel in a new conversation", ({ show, link, path }) => {
  it(`links "${link}" to ${path}`, () => {
    show();
    // hidden: a link in a panel's folded "Toelichting" counts too (it shows on one click).
    const anchor = screen.getAllByRole("link", { name: link, hidden: true })[0]!;
    expect(anchor.getAttribute("href")).toBe(path);
  });
});
