// @vitest-environment happy-dom
// The stepper and the overview: every step by name, the current one marked, questions discussed and
// what its inputs still miss, in words (never colour alone).
import { cleanup, render, screen } from "@testing-library/svelte";
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import ProgressNav from "../../../src/components/wizard/ProgressNav.svelte";
import StepOverview from "../../../src/components/wizard/StepOverview.svelte";
import { emptySession } from "../../../src/stores/newSession.ts";
import type { StepOutline } from "../../../src/stores/progress.ts";
import { replaceSession, setAnswer, updateSession } from "../../../src/stores/session.ts";

const steps: (StepOutline & { summary: string })[] = [
  {
    step: 1,
    slug: "partnerschap",
    title: "Ons partnerschap",
    questionIds: ["p1", "p2"],
    inputs: ["partners"],
    summary: "Wie doen er mee?",
  },
  { step: 2, slug: "doelen", title: "Doelen", questionIds: ["d1"], inputs: [], summary: "Waarom?" },
  {
    step: 3,
    slug: "kwaliteit",
    title: "Kwaliteit",
    questionIds: ["k1"],
    inputs: [],
    summary: "Hoe goed?",
  },
];

beforeEach(() => replaceSession(emptySession(new Date(2026, 10, 23))));
afterEach(cleanup);

describe("ProgressNav", () => {
  it("names every step, marks the current one and says per step what is discussed and missing", () => {
    setAnswer("d1", "notes", "Eerste doel");
    render(ProgressNav, { props: { steps, current: "kwaliteit" } });
    const links = screen.getAllByRole("link");
    expect(links.map((a) => a.textContent?.replace(/\s+/g, " ").trim())).toEqual([
      "1 Stap 1: Ons partnerschap 0/2 · mist 2, 0 van 2 vragen besproken; invoer mist 2. Nog nodig: minstens één schoolbestuur; minstens één opleiding",
      "2 Stap 2: Doelen 1/1, 1 van 1 vraag besproken ✓",
      "3 Stap 3: Kwaliteit 0/1, 0 van 1 vraag besproken",
    ]);
    expect(links[0]!.getAttribute("title")).toContain(
      "Nog nodig: minstens één schoolbestuur; minstens één opleiding",
    );
    expect(links.map((a) => a.getAttribute("aria-current"))).toEqual([null, null, "step"]);
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      "/gesprek/partnerschap/",
      "/gesprek/doelen/",
      "/gesprek/kwaliteit/",
    ]);
  });

  it("follows the session", () => {
    render(ProgressNav, { props: { steps, current: "doelen" } });
    expect(screen.getByRole("link", { name: /Stap 1/ }).textContent).toContain("mist 2");
    updateSession((s) =>
      s.partners.push({
        id: "akker",
        name: "Akker",
        kind: "board",
        member: true,
        schools: 3,
        fixedCosts: [],
      }),
    );
    flushSync();
    expect(screen.getByRole("link", { name: /Stap 1/ }).textContent).toContain("mist 1");
  });
});

describe("StepOverview", () => {
  it("lists every step with its summary and state", () => {
    setAnswer("p2", "open", "Nog navragen");
    const { container } = render(StepOverview, { props: { steps } });
    const states = [...container.querySelectorAll(".state")].map((p) => p.textContent?.trim());
    expect(states).toEqual([
      "… 1 van 2 vragen besproken; invoer mist 2",
      "○ 0 van 1 vraag besproken",
      "○ 0 van 1 vraag besproken",
    ]);
    expect(container.querySelector(".missing")?.textContent).toBe(
      "Nog nodig: minstens één schoolbestuur; minstens één opleiding",
    );
    expect(screen.getByRole("link", { name: "1. Ons partnerschap" }).getAttribute("href")).toBe(
      "/gesprek/partnerschap/",
    );
    expect(container.textContent).toContain("Wie doen er mee?");
  });
});
