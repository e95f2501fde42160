/**
 * The conversation summary (gespreksverslag) as a pdfmake document definition: per step every
 * question with its notes, agreements and open points, then all agreements and open points together.
 */
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { Session } from "../engine/index.ts";
import { sortCards } from "../lib/deck.ts";
import { formatDate } from "../lib/format.ts";
import { EMPTY, KEEP_LINES, chapter, estimateLines, facts, frame, heading, keep, para, userText, verbatim } from "./blocks.ts";
import { gather, orphanAnswerIds } from "./model.ts";
import { itemList } from "./proposalChapters.ts";
import { partnershipName } from "./proposal.ts";
import type { BuildOptions, DocCard } from "./types.ts";

const FIELDS = [
  ["notes", "Notities"],
  ["agreements", "Afspraken"],
  ["open", "Open punten"],
] as const;

/** "2026-11-23" → "23 november 2026"; any other text is printed as typed. */
export function meetingDate(text: string | undefined, fallback: Date): string {
  const t = verbatim(text);
  if (t === "") return formatDate(fallback);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) {
    const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (date.getMonth() === Number(m[2]) - 1) return formatDate(date);
  }
  return t;
}

function question(session: Session, id: string, text: string): Content {
  const answer = session.answers[id];
  const lines = FIELDS.reduce((sum, [key]) => sum + estimateLines(verbatim(answer?.[key]), 60), estimateLines(text));
  return {
    // Short answers stay with their question on one page; pdfmake would cut a longer block, so it runs on.
    unbreakable: lines < KEEP_LINES,
    stack: [
      { text, bold: true, margin: [0, 6, 0, 3] },
      // Columns, not a table: a table row is never split, and pdfmake would cut a note longer than a page.
      ...FIELDS.map(([key, label]) => ({
        columns: [
          { text: label, style: "label", width: 72 },
          { ...(userText(answer?.[key]) as object), width: "*" },
        ],
        columnGap: 6,
        margin: [10, 0, 0, 2],
      })),
    ],
    margin: [0, 0, 0, 4],
  } as Content;
}

/** The summary document of the conversation. */
export function buildSummary(session: Session, cards: readonly DocCard[], options: BuildOptions): TDocumentDefinitions {
  const name = partnershipName(session);
  const participants = verbatim(session.meeting?.participants);
  const content: Content[] = [
    { text: "GESPREKSVERSLAG", style: "coverKicker", margin: [0, 0, 0, 6] },
    { text: name, style: "coverTitle", fontSize: 20, margin: [0, 0, 0, 4] },
    { text: "Gesprek over kwaliteit en financiën van Samen Opleiden & Professionaliseren", style: "coverSub", fontSize: 11, margin: [0, 0, 0, 14] },
    facts([
      ["Onderwijsregio", session.partnership.region],
      ["Datum van het gesprek", meetingDate(session.meeting?.date, options.date)],
      ["Deelnemers", participants],
      ["Verslag gemaakt op", `${formatDate(options.date)} met Gesprekswijzer ${options.toolVersion}`],
    ], 130),
  ];
  sortCards(cards).forEach((card, i) => {
    const title = { text: `Stap ${card.step}  ${card.title}`, style: "h1", fontSize: 14, margin: [0, i === 0 ? 14 : 16, 0, 4] } as Content;
    const [first, ...rest] = card.questions;
    if (first === undefined) content.push(title);
    else {
      const block = question(session, first.id, first.text);
      // The step title stays with its first question only when that block is kept whole itself.
      content.push(...keep(title, block, (block as { unbreakable?: boolean }).unbreakable === true));
    }
    for (const q of rest) content.push(question(session, q.id, q.text));
  });
  const orphans = orphanAnswerIds(session, cards);
  if (orphans.length > 0) {
    content.push(...keep(heading("Overige antwoorden"), para("Antwoorden bij vragen die niet (meer) in de gesprekskaarten staan; ze blijven bewaard.", "note")));
    for (const id of orphans) content.push(question(session, id, id));
  }
  if (cards.length === 0 && orphans.length === 0) content.push(para(`Er zijn geen vragen beantwoord. ${EMPTY}`, "note"));
  content.push(chapter("Alle afspraken en open punten"));
  content.push(...itemList("Alle afspraken", gather(session, cards, "agreements")));
  content.push(...itemList("Alle open punten", gather(session, cards, "open")));
  return frame(content, {
    title: `Gespreksverslag — ${name}`,
    subject: "Verslag van het gesprek over kwaliteit en financiën van Samen Opleiden & Professionaliseren: notities, afspraken en open punten",
    author: name,
    keywords: "Samen Opleiden, gespreksverslag, afspraken, open punten",
    creator: `Gesprekswijzer ${options.toolVersion}`,
    running: `Gespreksverslag · ${name}`,
    status: meetingDate(session.meeting?.date, options.date),
  });
}
