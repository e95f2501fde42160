/** Chapters 2–6 of the proposal: quality, budget, years, what is shown apart, principles and decisions. */
import { type Category, ROLES, type Session, ratePerStudent } from "../engine/index.ts";
import { formatEuro, formatEuroCents, formatNumber, formatPercent } from "../lib/format.ts";
import {
  benefitsTable,
  budgetTable,
  categoryCostTable,
  categoryName,
  lagLabel,
  multiYearTable,
  calendarYearTable,
  nonSubsidisedTable,
  notCountedPlacements,
  moneyStories,
  partnerTable,
  storyChart,
  storyOf,
  workloadTable,
} from "../report/index.ts";
import {
  EMPTY,
  KEEP_LINES,
  bullets,
  chapter,
  col,
  estimateLines,
  fromView,
  heading,
  keep,
  numCol,
  para,
  table,
  userText,
} from "./blocks.ts";
import type { Block, Figure } from "./model.ts";
import { type AnswerItem, cardsWithInput, gather, normBasis } from "./sessionData.ts";
import { ANCHORS } from "./anchors.ts";
import type { ProposalContext } from "./proposal.ts";
import { justification } from "./proposalJustification.ts";
import { risks } from "./proposalRisks.ts";
import { chunkColumns } from "./chunkColumns.ts";
import { timingExplanation } from "../lib/subsidyTiming.ts";

function roleHours(hours: {
  WPB?: number | undefined;
  SO?: number | undefined;
  IO?: number | undefined;
}): string {
  const parts = ROLES.filter((r) => (hours[r] ?? 0) > 0).map(
    (r) => `${formatNumber(hours[r] ?? 0)} u ${r}`,
  );
  return parts.join(", ");
}

/** Group and stage-day hours of a category, in words ("—" when none). */
function extraHours(category: Category): string {
  const parts: string[] = [];
  if (category.perGroup) {
    const h = roleHours(category.perGroup.hours);
    if (h !== "") parts.push(`per groep van ${formatNumber(category.perGroup.size)}: ${h}`);
  }
  if (category.perDay) {
    const h = roleHours(category.perDay.hours);
    const cap = roleHours(category.perDay.cap);
    if (h !== "")
      parts.push(`per stagedag: ${h}${cap === "" ? "" : ` (hoogstens ${cap} per student)`}`);
  }
  return parts.length === 0 ? EMPTY : parts.join("; ");
}

/** The answers (agreements and notes) on the cards that hold the norm choice. */
function normReasons(ctx: ProposalContext): Block[] {
  const out: Block[] = [];
  for (const card of cardsWithInput(ctx.cards, "norm")) {
    for (const q of card.questions) {
      const answer = ctx.session.answers[q.id];
      const texts = [answer?.agreements ?? "", answer?.notes ?? ""].filter((t) => t.trim() !== "");
      if (texts.length === 0) continue;
      out.push(para(q.text, "label"));
      for (const t of texts) out.push({ ...userText(t), indent: true });
    }
  }
  return out;
}

/** True when the conversation recorded why this norm is the minimum (an agreement or note on the norm card). */
export function normJustified(ctx: ProposalContext): boolean {
  return normReasons(ctx).length > 0;
}

function quality(ctx: ProposalContext): Block[] {
  const { session, result, view } = ctx;
  const norm = normBasis(session, ctx.options.records);
  const out: Block[] = [
    chapter("2  Kwaliteit: de minimale facilitering", { anchor: ANCHORS.quality }),
  ];
  out.push(
    para(
      norm === null
        ? "Het partnerschap legt de begeleiding hieronder vast als minimum voor de kwaliteit van het opleiden. Met minder uren per student kan het partnerschap goede begeleiding niet waarborgen."
        : `Als minimum voor de kwaliteit van het opleiden neemt het partnerschap de voorbeeldnorm "${norm.name}" als uitgangspunt, met de uren per studentcategorie zoals hieronder vastgesteld. Met minder uren per student kan het partnerschap goede begeleiding niet waarborgen.`,
    ),
  );
  const reasons = normReasons(ctx);
  const missing = para([
    { text: "Nog niet onderbouwd. ", bold: true, tone: "warn" },
    "Het gesprek legde nog niet vast waarom het partnerschap deze facilitering als minimum neemt. Vul dat aan bij de stap Kwaliteit, bij de vraag over de norm.",
  ]);
  const [firstReason, ...moreReasons] = reasons.length > 0 ? reasons : [missing];
  // The first item is a question label or the "nothing recorded" note: short, safe to keep with the heading.
  out.push(...keep(heading("Waarom deze norm", 3), firstReason ?? missing));
  out.push(...moreReasons);
  const rows = session.categories.map((c) => [
    categoryName(c),
    c.subsidised ? "ja" : "nee",
    formatNumber(c.perStudent.WPB ?? 0),
    formatNumber(c.perStudent.SO ?? 0),
    formatNumber(c.perStudent.IO ?? 0),
    extraHours(c),
    formatNumber(c.weight),
  ]);
  out.push(
    table(
      [
        col("Categorie"),
        col("Telt voor subsidie", 48),
        numCol("WPB", 30),
        numCol("SO", 30),
        numCol("IO", 30),
        col("Per groep of stagedag", 140),
        numCol("Weging", 38),
      ],
      rows,
      {
        caption: "Facilitering per studentcategorie (uren per student per jaar)",
      },
    ),
  );
  const perSchool = roleHours(session.perSchool);
  out.push(
    para(
      `Rollen: WPB = werkplekbegeleider, SO = schoolopleider, IO = instituutsopleider. ${perSchool === "" ? "" : `Daarnaast per deelnemende school: ${perSchool} per jaar. `}Uurtarieven: WPB ${formatEuroCents(session.rates.WPB)}, SO ${formatEuroCents(session.rates.SO)}, IO ${formatEuroCents(session.rates.IO)}.`,
      "small",
    ),
  );
  const costTable = categoryCostTable(session, result, view.planYear);
  out.push(
    fromView(costTable, {
      fontSize: 7.5,
      widths: ["*", 34, 32, 32, 32, ...(costTable.columns.length === 9 ? [54] : []), 56, 72, 44],
    }),
  );
  out.push(...justification(result, view.planYear));
  return out;
}

function budget(ctx: ProposalContext): Block[] {
  const { session, result, view } = ctx;
  return [
    chapter(`3  Begroting ${view.planYear}`, { anchor: ANCHORS.budget }),
    para(
      "Opbouw volgens Bijlage 2 van de gesprekskaart: de kosten, de inkomsten en hun verdeling, en wat iedere partner zelf investeert.",
    ),
    fromView(budgetTable(session, result, view.planYear), {
      widths: ["*", 90],
      compact: true,
      fontSize: 8,
      caption: false,
    }),
    fromView(partnerTable(session, result, view.planYear), {
      widths: ["*", 56, 46, 46, 46, 46, 58, 62],
      fontSize: 7.5,
    }),
  ];
}

function years(ctx: ProposalContext): Block[] {
  const { session, result, view } = ctx;
  const chart = storyChart(moneyStories(result), view.planYear);
  const out: Block[] = [chapter("4  Meerjarenoverzicht", { anchor: ANCHORS.years })];
  out.push(
    para(
      `${timingExplanation(session)} Groeit het aantal studenten, dan moeten de partners de extra begeleiding eerst zelf betalen: de voorfinanciering van groei.`,
    ),
  );
  for (const part of chunkColumns(multiYearTable(session, result, view.planYear), 5)) {
    out.push(fromView(part, { widths: ["*", ...part.columns.slice(1).map(() => 58)] }));
  }
  // The budget body budgets per calendar year: the same figures, as the engine blends them (§4).
  const calendar = calendarYearTable(session, result);
  if (calendar !== null) {
    for (const part of chunkColumns(calendar, 5))
      out.push(fromView(part, { widths: ["*", ...part.columns.slice(1).map(() => 58)] }));
  }
  // Hours and FTE per role over the years (task allocation, HRM); the cost per student is in chapter 2.
  for (const part of chunkColumns(workloadTable(result, view.planYear), 5))
    out.push(fromView(part, { widths: ["*", ...part.columns.slice(1).map(() => 58)] }));
  const figure: Figure = {
    kind: "figure",
    figure: "barChart",
    chart,
    title: chart.title,
    alt: chart.description,
    caption:
      "Per schooljaar één staaf voor de totale kosten, opgedeeld in subsidie volgens de regeling, overige inkomsten, toezeggingen van de partners en extra gevraagd aan de Onderwijsregio; de bedragen staan in de tabel hierboven.",
  };
  out.push(figure);
  return out;
}

function apart(ctx: ProposalContext): Block[] {
  const { session, result, view } = ctx;
  const rows = notCountedPlacements(session, result, view.planYear).map((r) => [
    r.board,
    r.institute,
    r.category,
    formatNumber(r.students),
    r.reason,
  ]);
  const out: Block[] = [
    chapter("6  Niet-gesubsidieerde studenten en opbrengsten", { anchor: ANCHORS.apart }),
  ];
  out.push(
    para(
      "Ook studenten die niet voor de subsidie tellen (bijvoorbeeld minoren of studenten van een opleiding die geen partner is) gebruiken de begeleiding en de infrastructuur van het partnerschap. Hun kosten zitten al in de begroting; hier staan ze apart.",
    ),
  );
  out.push(fromView(nonSubsidisedTable(session, result, view.planYear), { widths: ["*", 70, 90] }));
  const caption = `Plaatsingen die niet meetellen in ${view.planYear}`;
  if (rows.length === 0)
    out.push(
      ...keep(
        heading(caption, 3),
        para(`In ${view.planYear} tellen alle geplaatste studenten mee voor de subsidie.`, "note"),
      ),
    );
  else
    out.push(
      table(
        [
          col("Schoolbestuur"),
          col("Opleiding"),
          col("Categorie"),
          numCol("Studenten", 48),
          col("Waarom niet", 120),
        ],
        rows,
        { caption },
      ),
    );
  if (session.benefits.length === 0)
    out.push(
      ...keep(heading("Opbrengsten"), para("Er zijn geen opbrengsten in geld benoemd.", "note")),
    );
  else
    out.push(
      heading("Opbrengsten"),
      fromView(benefitsTable(session, result, view.planYear), {
        widths: ["*", 90],
        caption: false,
      }),
    );
  return out;
}

/** The distribution principles, each in one sentence; amounts per student are those in force in `year`. */
export function principles(session: Session, year: string): string[] {
  const d = session.distribution;
  const lag = session.regulation.lag;
  const perStudent = ratePerStudent(session, year);
  const basisYear =
    d.basis === "previous" ? `het jaar ervoor (${lagLabel(lag)})` : "het schooljaar zelf";
  const rate = formatEuro(perStudent);
  const out: string[] = [];
  if (d.overhead === "deduct") {
    out.push(
      "Eerst wordt de overhead van het partnerschap betaald uit de subsidie en de overige inkomsten; wat daarna overblijft, gaat naar de partners.",
    );
  } else if (d.overhead === "fullRate") {
    out.push(
      `Per gewogen student gaat het volle bedrag van de regeling (${rate}) naar de partners. De overhead wordt betaald uit wat daarna overblijft (vaste voet en overige inkomsten); is dat te weinig, dan blijft een deel van de overhead ongedekt.`,
    );
  } else {
    const rest = formatEuro(Math.max(0, perStudent - d.topSlice));
    out.push(
      `Per gewogen student blijft ${formatEuro(d.topSlice)} bij het partnerschap voor de overhead; de rest (${rate} − ${formatEuro(d.topSlice)} = ${rest} per student) gaat naar de partners. De overhead wordt betaald uit wat niet naar de partners gaat.`,
    );
  }
  out.push(
    d.basis === "previous"
      ? `De verdeling rekent met de studenten van ${basisYear}, net als de subsidie. Heeft dat jaar geen studenten die voor de subsidie tellen (zoals vóór het eerste jaar), dan rekent ze met de studenten van het schooljaar zelf.`
      : `De verdeling rekent met de studenten van het schooljaar zelf${lag > 0 ? `, terwijl de subsidie de telling van ${lagLabel(lag)} volgt` : ""}.`,
  );
  out.push(
    d.split === "students"
      ? `Van het bedrag voor de partners gaat ${formatPercent(d.boardsShare)} naar de schoolbesturen en ${formatPercent(1 - d.boardsShare)} naar de lerarenopleidingen; binnen elke groep naar het gewogen aantal studenten dat voor de subsidie telt. Heeft één groep geen studenten, dan gaat het hele bedrag naar de andere.`
      : "Het bedrag voor de partners wordt verdeeld naar verhouding van de kosten die iedere partner in dat jaar zelf maakt.",
  );
  const weighted = session.categories.filter((c) => c.weight !== 1);
  if (weighted.length > 0)
    out.push(
      `Weging: ${weighted.map((c) => `een student in "${categoryName(c)}" telt voor ${formatNumber(c.weight)}`).join("; ")}.`,
    );
  out.push(
    "Partners die geen lid zijn van het partnerschap krijgen geen aandeel; hun studenten tellen niet voor de subsidie.",
  );
  return out;
}

/** A heading and the answers under it; the heading stays with the first answer when that is short. */
export function itemList(title: string, items: AnswerItem[]): Block[] {
  const entry = (i: AnswerItem): Block[] => [
    para(
      i.step > 0 ? `Stap ${i.step} ${i.stepTitle}: ${i.question}` : `${i.stepTitle}: ${i.question}`,
      "small",
    ),
    userText(i.text),
    ...(i.assignment ? [para({ text: i.assignment, bold: true }, "small")] : []),
  ];
  const [first, ...rest] = items;
  if (first === undefined) return keep(heading(title), bullets([]));
  const out = keep(
    heading(title),
    bullets([entry(first)]),
    estimateLines(first.text) + estimateLines(first.question) < KEEP_LINES,
  );
  if (rest.length > 0) out.push(bullets(rest.map(entry)));
  return out;
}

/** The agreements and open points; when there are none, one short line instead of two headings with a dash. */
function answerLists(agreements: AnswerItem[], open: AnswerItem[]): Block[] {
  if (agreements.length === 0 && open.length === 0)
    return keep(
      heading("Afspraken en open punten"),
      para("Het gesprek legde (nog) geen afspraken of open punten vast.", "note"),
    );
  return [...itemList("Afspraken uit het gesprek", agreements), ...itemList("Open punten", open)];
}

/** "2025-2026" or "2025-2026 tot en met 2027-2028". */
function yearSpan(first: string, last: string): string {
  return first === last ? first : `${first} tot en met ${last}`;
}

/** The decisions the budget body is asked to take, derived from the plan year's numbers. */
export function decisions(ctx: ProposalContext): string[] {
  const { view, session } = ctx;
  const p = view.plan;
  const region = session.partnership.region.trim() || "de Onderwijsregio";
  // The story's shown amounts: subsidy + extra = needed as printed.
  const story = storyOf(p);
  const subsidy = story.parts[0]!;
  const extra = story.parts[3]!;
  const grant =
    extra.euros > 0
      ? `, waarvan ${subsidy.text} op grond van de regeling en ${extra.text} aanvullend`
      : extra.euros < 0
        ? `; dat is ${formatEuro(-extra.euros)} minder dan de regeling oplevert`
        : "; dat is wat de regeling oplevert";
  const out = [
    "In te stemmen met de minimale facilitering per studentcategorie uit hoofdstuk 2 als uitgangspunt voor de financiering van het opleiden in het partnerschap.",
    `Het partnerschap voor ${view.planYear} ${story.needed.text} toe te kennen uit de middelen van ${region}${grant}.`,
  ];
  const growing = view.ahead.filter((y) => y.growthPrefinancing > 0);
  if (growing.length > 0) {
    const amounts = growing
      .map((y) => `${formatEuro(y.growthPrefinancing)} in ${y.year}`)
      .join(", ");
    out.push(
      `Te besluiten wie de groei voorfinanciert zolang de subsidie de studenten met vertraging volgt (${lagLabel(session.regulation.lag)}): ${amounts}. Het zijn geen extra kosten: de begeleiding van die studenten staat al in de begroting.`,
    );
  }
  const last = view.ahead[view.ahead.length - 1];
  if (last !== undefined && view.ahead.length > 1) {
    out.push(
      `Kennis te nemen van de meerjarenraming ${yearSpan(view.planYear, last.year)} in hoofdstuk 4 en die elk jaar bij te stellen met de nieuwe DUO-telling.`,
    );
  }
  out.push(
    "De afspraken over kwaliteit, verdeling en financiering elk jaar met het partnerschap te evalueren.",
  );
  return out;
}

function agreementsAndDecisions(ctx: ProposalContext): Block[] {
  return [
    chapter("7  Verdeling en afspraken", { anchor: ANCHORS.agreements }),
    ...keep(heading("Verdeelprincipes"), bullets(principles(ctx.session, ctx.view.planYear))),
    ...answerLists(
      gather(ctx.session, ctx.cards, "agreements"),
      gather(ctx.session, ctx.cards, "open"),
    ),
  ];
}

/** Chapters 2 to 7. */
export function bodyChapters(ctx: ProposalContext): Block[] {
  return [
    ...quality(ctx),
    ...budget(ctx),
    ...years(ctx),
    ...risks(ctx),
    ...apart(ctx),
    ...agreementsAndDecisions(ctx),
  ];
}
