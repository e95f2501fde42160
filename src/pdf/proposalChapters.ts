/** Chapters 2–6 of the proposal: quality, budget, years, what is shown apart, principles and decisions. */
import type { Content } from "pdfmake/interfaces";
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
  costPerStudentTable,
  moneyStories,
  partnerTable,
  storyChart,
  storyOf,
  workloadTable,
} from "../report/index.ts";
import { COLORS, EMPTY, KEEP_LINES, bullets, cell, chapter, estimateLines, heading, keep, num, para, table, th, userText } from "./blocks.ts";
import { barChartSvg } from "./chart.ts";
import { type AnswerItem, cardsWithInput, gather, normBasis } from "./model.ts";
import type { ProposalContext } from "./proposal.ts";
import { risks } from "./proposalRisks.ts";
import { chunkColumns, viewTable } from "./viewTable.ts";
import { timingExplanation } from "../lib/subsidyTiming.ts";

function roleHours(hours: { WPB?: number | undefined; SO?: number | undefined; IO?: number | undefined }): string {
  const parts = ROLES.filter((r) => (hours[r] ?? 0) > 0).map((r) => `${formatNumber(hours[r] ?? 0)} u ${r}`);
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
    if (h !== "") parts.push(`per stagedag: ${h}${cap === "" ? "" : ` (hoogstens ${cap} per student)`}`);
  }
  return parts.length === 0 ? EMPTY : parts.join("; ");
}

/** The answers (agreements and notes) on the cards that hold the norm choice. */
function normReasons(ctx: ProposalContext): Content[] {
  const out: Content[] = [];
  for (const card of cardsWithInput(ctx.cards, "norm")) {
    for (const q of card.questions) {
      const answer = ctx.session.answers[q.id];
      const texts = [answer?.agreements ?? "", answer?.notes ?? ""].filter((t) => t.trim() !== "");
      if (texts.length === 0) continue;
      out.push({ text: q.text, style: "label", margin: [0, 4, 0, 1] });
      for (const t of texts) out.push({ ...(userText(t) as object), margin: [8, 0, 0, 3] } as Content);
    }
  }
  return out;
}

/** True when the conversation recorded why this norm is the minimum (an agreement or note on the norm card). */
export function normJustified(ctx: ProposalContext): boolean {
  return normReasons(ctx).length > 0;
}

function quality(ctx: ProposalContext): Content[] {
  const { session, result, view } = ctx;
  const norm = normBasis(session, ctx.options.records);
  const out: Content[] = [chapter("2  Kwaliteit: de minimale facilitering")];
  out.push(
    para(
      norm === null
        ? "Het partnerschap legt de begeleiding hieronder vast als minimum voor de kwaliteit van het opleiden. Met minder uren per student kan het partnerschap goede begeleiding niet waarborgen."
        : `Als minimum voor de kwaliteit van het opleiden neemt het partnerschap de voorbeeldnorm "${norm.name}" als uitgangspunt, met de uren per studentcategorie zoals hieronder vastgesteld. Met minder uren per student kan het partnerschap goede begeleiding niet waarborgen.`,
    ),
  );
  const reasons = normReasons(ctx);
  const missing: Content = { text: [{ text: "Nog niet onderbouwd. ", bold: true, color: COLORS.warn }, "Het gesprek legde nog niet vast waarom het partnerschap deze facilitering als minimum neemt. Vul dat aan bij de stap Kwaliteit, bij de vraag over de norm."], margin: [0, 0, 0, 6] };
  const [firstReason, ...moreReasons] = reasons.length > 0 ? reasons : [missing];
  // The first item is a question label or the "nothing recorded" note: short, safe to keep with the heading.
  out.push(...keep(heading("Waarom deze norm", 3), firstReason ?? ""));
  out.push(...moreReasons);
  const rows = session.categories.map((c) => [
    cell(categoryName(c)),
    cell(c.subsidised ? "ja" : "nee"),
    num(formatNumber(c.perStudent.WPB ?? 0)),
    num(formatNumber(c.perStudent.SO ?? 0)),
    num(formatNumber(c.perStudent.IO ?? 0)),
    cell(extraHours(c)),
    cell(formatNumber(c.weight), { align: "right" }),
  ]);
  out.push(table([th("Categorie"), th("Telt voor subsidie"), th("WPB", "right"), th("SO", "right"), th("IO", "right"), th("Per groep of stagedag"), th("Weging", "right")], rows, ["*", 48, 30, 30, 30, 140, 38], { caption: "Facilitering per studentcategorie (uren per student per jaar)" }));
  const perSchool = roleHours(session.perSchool);
  out.push(
    para(
      `Rollen: WPB = werkplekbegeleider, SO = schoolopleider, IO = instituutsopleider. ${perSchool === "" ? "" : `Daarnaast per deelnemende school: ${perSchool} per jaar. `}Uurtarieven: WPB ${formatEuroCents(session.rates.WPB)}, SO ${formatEuroCents(session.rates.SO)}, IO ${formatEuroCents(session.rates.IO)}.`,
      "small",
    ),
  );
  out.push({ text: "", margin: [0, 0, 0, 6] });
  const costTable = categoryCostTable(session, result, view.planYear);
  out.push(...viewTable(costTable, { fontSize: 7.5, widths: ["*", 34, 32, 32, 32, ...(costTable.columns.length === 9 ? [54] : []), 56, 72, 44] }));
  return out;
}

function budget(ctx: ProposalContext): Content[] {
  const { session, result, view } = ctx;
  return [
    chapter(`3  Begroting ${view.planYear}`),
    para("Opbouw volgens Bijlage 2 van de gesprekskaart: de kosten, de inkomsten en hun verdeling, en wat iedere partner zelf investeert."),
    ...viewTable(budgetTable(session, result, view.planYear), { widths: ["*", 90], compact: true, fontSize: 8, caption: false }),
    ...viewTable(partnerTable(session, result, view.planYear), { widths: ["*", 56, 46, 46, 46, 46, 58, 62], fontSize: 7.5 }),
  ];
}

function years(ctx: ProposalContext): Content[] {
  const { session, result, view } = ctx;
  const chart = storyChart(moneyStories(result), view.planYear);
  const out: Content[] = [chapter("4  Meerjarenoverzicht")];
  out.push(para(`${timingExplanation(session)} Groeit het aantal studenten, dan moeten de partners de extra begeleiding eerst zelf betalen: de voorfinanciering van groei.`));
  for (const part of chunkColumns(multiYearTable(session, result, view.planYear), 5)) {
    out.push(...viewTable(part, { widths: ["*", ...part.columns.slice(1).map(() => 58)] }));
  }
  // The budget body budgets per calendar year: the same figures, as the engine blends them (§4).
  const calendar = calendarYearTable(session, result);
  if (calendar !== null) {
    for (const part of chunkColumns(calendar, 5)) out.push(...viewTable(part, { widths: ["*", ...part.columns.slice(1).map(() => 58)] }));
  }
  // Hours and FTE per role (task allocation, HRM) and the cost per student beside the sources' ranges.
  for (const extra of [workloadTable(result, view.planYear), costPerStudentTable(result, view.planYear)]) {
    for (const part of chunkColumns(extra, 5)) out.push(...viewTable(part, { widths: ["*", ...part.columns.slice(1).map(() => 58)] }));
  }
  out.push({
    stack: [
      { text: chart.title, style: "h3", margin: [0, 10, 0, 3] },
      { svg: barChartSvg(chart), width: 480, margin: [0, 2, 0, 4], alt: chart.description },
      para("Per schooljaar één staaf voor de totale kosten, opgedeeld in subsidie volgens de regeling, overige inkomsten, toezeggingen van de partners en extra gevraagd aan de Onderwijsregio; de bedragen staan in de tabel hierboven.", "small"),
    ],
    unbreakable: true,
  } as Content);
  return out;
}

function apart(ctx: ProposalContext): Content[] {
  const { session, result, view } = ctx;
  const rows = notCountedPlacements(session, result, view.planYear).map((r) => [cell(r.board), cell(r.institute), cell(r.category), num(formatNumber(r.students)), cell(r.reason)]);
  const out: Content[] = [chapter("6  Niet-gesubsidieerde studenten en opbrengsten")];
  out.push(para("Ook studenten die niet voor de subsidie tellen (bijvoorbeeld minoren of studenten van een opleiding die geen partner is) gebruiken de begeleiding en de infrastructuur van het partnerschap. Hun kosten zitten al in de begroting; hier staan ze apart."));
  out.push(...viewTable(nonSubsidisedTable(session, result, view.planYear), { widths: ["*", 70, 90] }));
  const caption = `Plaatsingen die niet meetellen in ${view.planYear}`;
  if (rows.length === 0) out.push(...keep({ text: caption, style: "h3" }, para(`In ${view.planYear} tellen alle geplaatste studenten mee voor de subsidie.`, "note")));
  else out.push(table([th("Schoolbestuur"), th("Opleiding"), th("Categorie"), th("Studenten", "right"), th("Waarom niet")], rows, ["*", "*", "*", 48, 120], { caption }));
  if (session.benefits.length === 0) out.push(...keep(heading("Opbrengsten"), para("Er zijn geen opbrengsten in geld benoemd.", "note")));
  else out.push(heading("Opbrengsten"), ...viewTable(benefitsTable(session, result, view.planYear), { widths: ["*", 90], caption: false }));
  return out;
}

/** The distribution principles, each in one sentence; amounts per student are those in force in `year`. */
export function principles(session: Session, year: string): string[] {
  const d = session.distribution;
  const lag = session.regulation.lag;
  const perStudent = ratePerStudent(session, year);
  const basisYear = d.basis === "previous" ? `het jaar ervoor (${lagLabel(lag)})` : "het schooljaar zelf";
  const rate = formatEuro(perStudent);
  const out: string[] = [];
  if (d.overhead === "deduct") {
    out.push("Eerst wordt de overhead van het partnerschap betaald uit de subsidie en de overige inkomsten; wat daarna overblijft, gaat naar de partners.");
  } else if (d.overhead === "fullRate") {
    out.push(`Per gewogen student gaat het volle bedrag van de regeling (${rate}) naar de partners. De overhead wordt betaald uit wat daarna overblijft (vaste voet en overige inkomsten); is dat te weinig, dan blijft een deel van de overhead ongedekt.`);
  } else {
    const rest = formatEuro(Math.max(0, perStudent - d.topSlice));
    out.push(`Per gewogen student blijft ${formatEuro(d.topSlice)} bij het partnerschap voor de overhead; de rest (${rate} − ${formatEuro(d.topSlice)} = ${rest} per student) gaat naar de partners. De overhead wordt betaald uit wat niet naar de partners gaat.`);
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
  if (weighted.length > 0) out.push(`Weging: ${weighted.map((c) => `een student in "${categoryName(c)}" telt voor ${formatNumber(c.weight)}`).join("; ")}.`);
  out.push("Partners die geen lid zijn van het partnerschap krijgen geen aandeel; hun studenten tellen niet voor de subsidie.");
  return out;
}

/** A heading and the answers under it; the heading stays with the first answer when that is short. */
export function itemList(title: string, items: AnswerItem[]): Content[] {
  const entry = (i: AnswerItem): Content => ({
    stack: [{ text: i.step > 0 ? `Stap ${i.step} ${i.stepTitle}: ${i.question}` : `${i.stepTitle}: ${i.question}`, style: "small" }, userText(i.text), ...(i.assignment ? [{ text: i.assignment, style: "small", bold: true }] : [])],
    margin: [0, 0, 0, 4],
  });
  const [first, ...rest] = items;
  if (first === undefined) return keep(heading(title), bullets([]));
  const out = keep(heading(title), { ul: [entry(first)], margin: [0, 0, 0, rest.length === 0 ? 8 : 0] }, estimateLines(first.text) + estimateLines(first.question) < KEEP_LINES);
  if (rest.length > 0) out.push(bullets(rest.map(entry)));
  return out;
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
    const amounts = growing.map((y) => `${formatEuro(y.growthPrefinancing)} in ${y.year}`).join(", ");
    out.push(`Te besluiten wie de groei voorfinanciert zolang de subsidie de studenten met vertraging volgt (${lagLabel(session.regulation.lag)}): ${amounts}. Het zijn geen extra kosten: de begeleiding van die studenten staat al in de begroting.`);
  }
  const last = view.ahead[view.ahead.length - 1];
  if (last !== undefined && view.ahead.length > 1) {
    out.push(`Kennis te nemen van de meerjarenraming ${yearSpan(view.planYear, last.year)} in hoofdstuk 4 en die elk jaar bij te stellen met de nieuwe DUO-telling.`);
  }
  out.push("De afspraken over kwaliteit, verdeling en financiering elk jaar met het partnerschap te evalueren.");
  return out;
}

function agreementsAndDecisions(ctx: ProposalContext): Content[] {
  return [
    chapter("7  Verdeling en afspraken"),
    ...keep(heading("Verdeelprincipes"), bullets(principles(ctx.session, ctx.view.planYear).map((t) => ({ text: t })))),
    ...itemList("Afspraken uit het gesprek", gather(ctx.session, ctx.cards, "agreements")),
    ...itemList("Open punten", gather(ctx.session, ctx.cards, "open")),
  ];
}

/** Chapters 2 to 7. */
export function bodyChapters(ctx: ProposalContext): Content[] {
  return [...quality(ctx), ...budget(ctx), ...years(ctx), ...risks(ctx), ...apart(ctx), ...agreementsAndDecisions(ctx)];
}
