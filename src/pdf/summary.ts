/**
 * The conversation summary (gespreksverslag) as a pdfmake document definition: per step every
 * question with its notes, agreements and open points, then all agreements and open points together.
 */
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { Session } from "../engine/index.ts";
import { formatDate } from "../lib/format.ts";
import { COLORS, EMPTY, bullets, chapter, facts, frame, heading, para, userText, verbatim } from "./blocks.ts";
import { type AnswerItem, gather, orderedCards, orphanAnswerIds } from "./model.ts";
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
  const length = FIELDS.reduce((sum, [key]) => sum + (answer?.[key]?.length ?? 0), 0);
  return {
    // Short answers stay with their question on one page; a very long one may run on.
    unbreakable: length < 1500,
    stack: [
      { text, bold: true, margin: [0, 6, 0, 3] },
      {
        table: {
          widths: [72, "*"],
          dontBreakRows: true,
          body: FIELDS.map(([key, label]) => [{ text: label, style: "label" }, userText(answer?.[key])]),
        },
        layout: { hLineWidth: () => 0, vLineWidth: (i: number) => (i === 0 ? 2 : 0), vLineColor: () => COLORS.line, paddingLeft: () => 8, paddingTop: () => 1, paddingBottom: () => 2 },
      },
    ],
    margin: [0, 0, 0, 4],
  } as Content;
}

function gathered(items: AnswerItem[]): Content {
  return bullets(items.map((i) => ({ stack: [{ text: i.step > 0 ? `Stap ${i.step} ${i.stepTitle}: ${i.question}` : `${i.stepTitle}: ${i.question}`, style: "small" }, userText(i.text)], margin: [0, 0, 0, 4] })));
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
  orderedCards(cards).forEach((card, i) => {
    content.push({ text: `Stap ${card.step}  ${card.title}`, style: "h1", fontSize: 14, margin: [0, i === 0 ? 14 : 16, 0, 4], headlineLevel: 1 } as Content);
    for (const q of card.questions) content.push(question(session, q.id, q.text));
  });
  const orphans = orphanAnswerIds(session, cards);
  if (orphans.length > 0) {
    content.push(heading("Overige antwoorden"));
    content.push(para("Antwoorden bij vragen die niet (meer) in de gesprekskaarten staan; ze blijven bewaard.", "note"));
    for (const id of orphans) content.push(question(session, id, id));
  }
  if (cards.length === 0 && orphans.length === 0) content.push(para(`Er zijn geen vragen beantwoord. ${EMPTY}`, "note"));
  content.push(chapter("Alle afspraken"));
  content.push(gathered(gather(session, cards, "agreements")));
  content.push(heading("Alle open punten"));
  content.push(gathered(gather(session, cards, "open")));
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
