// @vitest-environment happy-dom
// Live key figures: the plan year's amounts, formatted; the problems instead when the session is not usable.
import { cleanup, render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import { settled } from "../settled.ts";
import LiveFigures from "../../../src/components/wizard/LiveFigures.svelte";
import { type Session, computeResult, parseSession } from "../../../src/engine/index.ts";
import { moneyStory } from "../../../src/report/story.ts";
import { emptySession } from "../../../src/stores/newSession.ts";
import { replaceSession, updateSession } from "../../../src/stores/session.ts";
import examplePo from "../../fixtures/voorbeeld-po.json";

afterEach(cleanup);

function example(): Session {
  const outcome = parseSession(examplePo);
  if (!outcome.ok) throw new Error("fixture does not parse");
  return outcome.session;
}

describe("LiveFigures", () => {
  it("shows the plan year's money story, in the story's names, order and amounts, and a link to the results", async () => {
    const session = example();
    replaceSession(session);
    const story = moneyStory(computeResult(session), session.planYear!);
    const { container } = render(LiveFigures);
    const figures = [story.costs, ...story.parts, story.needed, story.ownInvestment];
    await settled(() => {
      const text = container.textContent ?? "";
      expect(text).toContain(`Kerncijfers ${session.planYear}`);
      expect(text).toContain(`Planjaar ${session.planYear}`);
      expect([...container.querySelectorAll("dt")].map((dt) => dt.textContent)).toEqual(
        figures.map((f) => f.label),
      );
      expect([...container.querySelectorAll("dd")].map((dd) => dd.textContent)).toEqual(
        figures.map((f) => f.text),
      );
    });
    expect(
      screen.getByRole("link", { name: "Alle resultaten bekijken" }).getAttribute("href"),
    ).toBe("/resultaat/");
  });

  it("follows a change of the session", async () => {
    const session = example();
    replaceSession(session);
    const { container } = render(LiveFigures);
    const before = moneyStory(computeResult(session), session.planYear!).costs.text;
    await settled(() => expect(container.querySelector("dd")?.textContent).toBe(before));
    updateSession((s) => s.overhead.push({ label: "Extra coördinatie", amount: 100_000 }));
    await settled(() => expect(container.querySelector("dd")?.textContent).not.toBe(before));
  });

  it("says there are no amounts yet instead of showing zeros for an empty session", async () => {
    replaceSession(emptySession(new Date(2026, 10, 23)));
    const { container } = render(LiveFigures);
    await settled(() => {
      expect(container.querySelector("dl")).toBeNull();
      expect(container.textContent).toContain("Nog geen bedragen voor 2027-2028.");
    });
  });

  it("lists the problems with their field path instead of numbers", async () => {
    const broken = example();
    broken.placements[0]!.board = "bestaat-niet";
    replaceSession(broken);
    const { container } = render(LiveFigures);
    await settled(() => {
      expect(container.querySelector("dl")).toBeNull();
      expect(container.textContent).toContain("nog niet te berekenen");
      expect(container.querySelector("li")?.textContent).toMatch(/^placements\[0\]\.board: /);
    });
  });
});
