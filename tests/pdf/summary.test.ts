// The conversation summary builder: agreements and open points first, the key figures when the
// result is given, then the answered questions in step order with their three fields ("—" for an
// empty field); unanswered questions are counted, not printed; verbatim user text; the meeting date
// as entered or "datum niet ingevuld".
import { describe, expect, it } from "vitest";
import { computeResult, planYearOf } from "../../src/engine/index.ts";
import { meetingDate } from "../../src/document/summary.ts";
import { CARDS, OPTIONS as options, allText, example, itShows, buildSummary } from "./helpers.ts";

describe("conversation summary", () => {
  const session = example("po");
  session.meeting = { date: "2026-11-20", participants: "An de Vries\nBram Jansen" };
  session.answers = {
    "wie-zijn-wij": {
      notes: "Regel 1\nRegel 2 met <b>geen vet</b> & een ampersand",
      agreements: "Wij zijn met z'n vieren.",
      open: "",
    },
    "kwaliteit-norm": { notes: "", agreements: "", open: "Norm voor zij-instromers?" },
    "verdwenen-vraag": {
      notes: "Antwoord bij een vraag die niet meer bestaat",
      agreements: "",
      open: "",
    },
  };
  const doc = buildSummary(session, CARDS, options);
  const text = allText(doc.content);
  const lines = text.split("\n");

  it("lists the steps in step order with the answered questions, after the agreements and open points", () => {
    const first = text.indexOf("Stap 1  Partnerschap");
    const third = text.indexOf("Stap 3  Kwaliteit");
    expect(first).toBeGreaterThan(-1);
    expect(third).toBeGreaterThan(first);
    expect(text.indexOf("Afspraken\n")).toBeLessThan(first);
    expect(text.indexOf("Open punten\n")).toBeLessThan(first);
    for (const id of ["wie-zijn-wij", "kwaliteit-norm"])
      expect(text).toContain(CARDS.flatMap((c) => c.questions).find((q) => q.id === id)!.text);
  });

  it("counts the unanswered question instead of printing it", () => {
    expect(text).not.toContain("Hoe is opleiden in de regio ingericht?");
    expect(text).toContain("1 van de 3 vragen van de gesprekskaart is (nog) niet beantwoord");
  });

  it("shows the money story's key figures of the plan year when it has the result", () => {
    const withFigures = allText(
      buildSummary(session, CARDS, options, computeResult(session)).content,
    );
    expect(withFigures).toContain(`Kerncijfers ${planYearOf(session)}`);
    expect(withFigures).toContain("Nodig van de Onderwijsregio");
    expect(text).not.toContain("Kerncijfers");
  });

  itShows(
    () => text,
    [
      // multi-line notes with markup: printed exactly as typed
      ["notes verbatim", "Regel 1\nRegel 2 met <b>geen vet</b> & een ampersand"],
      ["an agreement", "Wij zijn met z'n vieren."],
      ["an open point", "Norm voor zij-instromers?"],
      // the meeting date in Dutch and the participants as typed
      ["the meeting date", "20 november 2026"],
      ["the participants", "An de Vries\nBram Jansen"],
      // an answer whose question no card has any more is kept, not dropped
      ["an orphan answer", "Antwoord bij een vraag die niet meer bestaat"],
    ],
  );

  it("prints an empty field of an answered question as a dash, never as a blank", () => {
    // "kwaliteit-norm" has only an open point: notes and agreements show "—"
    const at = lines.indexOf(
      "Welke begeleiding is het minimum voor kwaliteit?",
      text.indexOf("Stap 3") > 0 ? lines.indexOf("Stap 3  Kwaliteit") : 0,
    );
    expect(lines.slice(at + 1, at + 7)).toEqual([
      "Notities",
      "—",
      "Afspraken",
      "—",
      "Open punten",
      "Norm voor zij-instromers?",
    ]);
  });

  it("is one short page for an empty session, with the date marked as not filled in", () => {
    const empty = example("po");
    empty.answers = {};
    delete empty.meeting;
    const t = allText(buildSummary(empty, CARDS, options).content);
    expect(t).toContain("datum niet ingevuld");
    expect(t).toContain("3 van de 3 vragen van de gesprekskaart zijn (nog) niet beantwoord.");
    expect(t).not.toContain("Stap 1");
  });

  it("carries metadata and the meeting date in the running header", () => {
    expect(doc.info?.title).toBe(`Gespreksverslag — ${session.partnership.name}`);
    expect(doc.language).toBe("nl-NL");
  });
});

describe.each([
  // ISO date → Dutch date
  { text: "2026-11-20", expected: "20 november 2026" },
  // free text is printed as typed
  { text: "begin december", expected: "begin december" },
  // no date: said so, never today's date passed off as the meeting's
  { text: undefined, expected: "datum niet ingevuld" },
  // an impossible ISO date is not turned into another day
  { text: "2026-02-31", expected: "2026-02-31" },
])("meetingDate($text)", ({ text, expected }) => {
  it(`gives ${expected}`, () => {
    expect(meetingDate(text)).toBe(expected);
  });
});
