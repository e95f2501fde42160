/**
 * The conversation summary (gespreksverslag) as a document model. First what people
 * act on: the agreements and open points (with owner and date), and the key figures of the money
 * story; then per step the questions that were answered. Unanswered questions are counted, not
 * printed, so an empty session is one short page instead of ten pages of dashes.
 */
import { type Result, type Session, planYearOf } from "../engine/index.ts";
import { storyOf } from "../report/index.ts";
import { sortCards } from "../lib/deck.ts";
import { formatDate } from "../lib/format.ts";
import {
  EMPTY,
  KEEP_LINES,
  chapter,
  document,
  estimateLines,
  facts,
  heading,
  keep,
  para,
  verbatim,
} from "./blocks.ts";
import type { Block, DocModel } from "./model.ts";
import { gather, orphanAnswerIds } from "./sessionData.ts";
import { itemList } from "./proposalChapters.ts";
import { partnershipName } from "./proposal.ts";
import type { BuildOptions, DocCard } from "./types.ts";

const FIELDS = [
  ["notes", "Notities"],
  ["agreements", "Afspraken"],
  ["open", "Open punten"],
] as const;

/** What the summary prints for a meeting without a date. */
export const NO_DATE = "datum niet ingevuld";

/** "2026-11-23" → "23 november 2026"; any other text is printed as typed; empty → `missing`. */
export function meetingDate(text: string | undefined, missing = NO_DATE): string {
  const t = verbatim(text);
  if (t === "") return missing;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) {
    const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (date.getMonth() === Number(m[2]) - 1) return formatDate(date);
  }
  return t;
}

/** One question with its three fields; short answers stay with their question on one page. */
function question(session: Session, id: string, text: string): Block[] {
  const answer = session.answers[id];
  const lines = FIELDS.reduce(
    (sum, [key]) => sum + estimateLines(verbatim(answer?.[key]), 60),
    estimateLines(text),
  );
  const blocks: Block[] = [
    para({ text, bold: true }),
    {
      kind: "fields",
      rows: FIELDS.map(([key, label]) => ({ label, value: verbatim(answer?.[key]) })),
    },
  ];
  // A paged renderer cannot keep more than a page together: a longer answer runs on.
  return lines < KEEP_LINES ? [{ kind: "keep", blocks }] : blocks;
}

/** True when any of the three fields of a question holds text. */
function answered(session: Session, id: string): boolean {
  const a = session.answers[id];
  return FIELDS.some(([key]) => verbatim(a?.[key]) !== "");
}

/** The key figures of the plan year, as the money story tells them (shown amounts add up). */
function keyFigures(session: Session, result: Result | undefined): Block[] {
  const planYear = planYearOf(session);
  const plan = result?.years.find((y) => y.year === planYear);
  if (plan === undefined) return [];
  const story = storyOf(plan);
  const rows: [string, string][] = [
    [story.costs.label, story.costs.text],
    ...story.parts.map((p): [string, string] => [p.label, p.text]),
    [story.needed.label, story.needed.text],
  ];
  return keep(heading(`Kerncijfers ${planYear}`), facts(rows, 200));
}

/** The summary document of the conversation; with the engine's result it also shows the key figures. */
export function summaryDocument(
  session: Session,
  cards: readonly DocCard[],
  options: BuildOptions,
  result?: Result,
): DocModel {
  const name = partnershipName(session);
  const participants = verbatim(session.meeting?.participants);
  const date = meetingDate(session.meeting?.date);
  const content: Block[] = [
    para("GESPREKSVERSLAG", "kicker"),
    { kind: "heading", level: 1, cover: true, text: name },
    para("Gesprek over kwaliteit en financiën van Samen Opleiden & Professionaliseren", "subtitle"),
    facts(
      [
        ["Onderwijsregio", session.partnership.region],
        ["Datum van het gesprek", date],
        ["Deelnemers", participants],
        [
          "Verslag gemaakt op",
          `${formatDate(options.date)} met Gesprekswijzer ${options.toolVersion}`,
        ],
      ],
      130,
    ),
    ...itemList("Afspraken", gather(session, cards, "agreements")),
    ...itemList("Open punten", gather(session, cards, "open")),
    ...keyFigures(session, result),
  ];
  const ordered = sortCards(cards);
  const total = ordered.reduce((n, card) => n + card.questions.length, 0);
  let unanswered = 0;
  let first = true;
  for (const card of ordered) {
    const questions = card.questions.filter((q) => answered(session, q.id));
    unanswered += card.questions.length - questions.length;
    if (questions.length === 0) continue;
    const title = heading(`Stap ${card.step}  ${card.title}`);
    if (first) content.push(chapter("Het gesprek per stap", { newPage: true }));
    first = false;
    const [head, ...rest] = questions;
    const [block, ...more] = question(session, head!.id, head!.text);
    // The step title stays with its first question only when that block is kept whole itself.
    content.push(...keep(title, block!, block?.kind === "keep"), ...more);
    for (const q of rest) content.push(...question(session, q.id, q.text));
  }
  const orphans = orphanAnswerIds(session, cards).filter((id) => answered(session, id));
  if (orphans.length > 0) {
    content.push(
      ...keep(
        heading("Overige antwoorden"),
        para(
          "Antwoorden bij vragen die niet (meer) in de gesprekskaarten staan; ze blijven bewaard.",
          "note",
        ),
      ),
    );
    for (const id of orphans) content.push(...question(session, id, id));
  }
  if (total > 0) {
    content.push(
      para(
        unanswered === 0
          ? `Alle ${total} vragen van de gesprekskaart zijn beantwoord.`
          : `${unanswered} van de ${total} vragen van de gesprekskaart ${unanswered === 1 ? "is" : "zijn"} (nog) niet beantwoord${unanswered === total ? "" : "; ze staan niet in dit verslag"}.`,
        "note",
      ),
    );
  } else if (orphans.length === 0) {
    content.push(para(`Er zijn geen vragen beantwoord. ${EMPTY}`, "note"));
  }
  return document(
    {
      title: `Gespreksverslag — ${name}`,
      subject:
        "Verslag van het gesprek over kwaliteit en financiën van Samen Opleiden & Professionaliseren: afspraken, open punten, kerncijfers en notities",
      author: name,
      keywords: "Samen Opleiden, gespreksverslag, afspraken, open punten",
      creator: `Gesprekswijzer ${options.toolVersion}`,
      running: `Gespreksverslag · ${name}`,
      status: date,
      language: "nl-NL",
      orientation: "portrait",
    },
    content,
  );
}
