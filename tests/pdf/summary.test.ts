// The conversation summary builder: questions in step order with their three answer fields,
// "—" for empty answers, verbatim user text, meeting date and participants, gathered lists.
import { describe, expect, it } from "vitest";
import { buildSummary, meetingDate } from "../../src/pdf/summary.ts";
import { CARDS, OPTIONS as options, allText, example, itShows } from "./helpers.ts";

describe("conversation summary", () => {
  const session = example("po");
  session.meeting = { date: "2026-11-20", participants: "An de Vries\nBram Jansen" };
  session.answers = {
    "wie-zijn-wij": { notes: "Regel 1\nRegel 2 met <b>geen vet</b> & een ampersand", agreements: "Wij zijn met z'n vieren.", open: "" },
    "kwaliteit-norm": { notes: "", agreements: "", open: "Norm voor zij-instromers?" },
    "verdwenen-vraag": { notes: "Antwoord bij een vraag die niet meer bestaat", agreements: "", open: "" },
  };
  const doc = buildSummary(session, CARDS, options);
  const text = allText(doc.content);
  const lines = text.split("\n");

  it("lists the steps in step order with every question", () => {
    const first = text.indexOf("Stap 1  Partnerschap");
    const third = text.indexOf("Stap 3  Kwaliteit");
    expect(first).toBeGreaterThan(-1);
    expect(third).toBeGreaterThan(first);
    for (const q of CARDS.flatMap((c) => c.questions)) expect(text).toContain(q.text);
  });

  itShows(() => text, [
    // multi-line notes with markup: printed exactly as typed
    ["notes verbatim", "Regel 1\nRegel 2 met <b>geen vet</b> & een ampersand"],
    ["an agreement", "Wij zijn met z'n vieren."],
    ["an open point", "Norm voor zij-instromers?"],
    // the meeting date in Dutch and the participants as typed
    ["the meeting date", "20 november 2026"],
    ["the participants", "An de Vries\nBram Jansen"],
    // an answer whose question no card has any more is kept, not dropped
    ["an orphan answer", "Antwoord bij een vraag die niet meer bestaat"],
    ["the gathered lists", "Alle afspraken"],
  ]);

  it("prints an empty answer as a dash, never as a blank", () => {
    // "inrichting" has no answer at all: notes, agreements and open points each show "—"
    const at = lines.indexOf("Hoe is opleiden in de regio ingericht?");
    expect(lines.slice(at + 1, at + 7)).toEqual(["Notities", "—", "Afspraken", "—", "Open punten", "—"]);
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
  // no date: the date the summary is made
  { text: undefined, expected: "23 november 2026" },
  // an impossible ISO date is not turned into another day
  { text: "2026-02-31", expected: "2026-02-31" },
])("meetingDate($text)", ({ text, expected }) => {
  it(`gives ${expected}`, () => {
    expect(meetingDate(text, options.date)).toBe(expected);
  });
});
