/**
 * The region as view tables (src/report's `Table`): the one model the region page, the PDF and the
 * Excel file render. Cells are Dutch text; raw values (euros, counts) ride along.
 */
import { formatEuro, formatEuroCents, formatNumber } from "../lib/format.ts";
import { type Row, type Table, numberColumn, textColumn } from "../report/index.ts";
import { allocateBudget } from "./allocation.ts";
import {
  ALLOCATION_RULES,
  type Allocation,
  type AllocationRule,
  type CalendarRow,
  type RegionResult,
  type Sector,
} from "./types.ts";

/** "po", "vo", "mbo", "po en vo", or "sector niet gekozen" (a session that never chose one). */
export function sectorLabel(sector: Sector): string {
  return sector === undefined ? "sector niet gekozen" : sector === "po-vo" ? "po en vo" : sector;
}

/** Short Dutch name of a rule (table headers, select options). */
export const RULE_LABELS: Record<AllocationRule, string> = {
  behoefte: "Naar behoefte",
  "regeling-eerst": "Regeling eerst",
  studenten: "Naar studenten",
};

/** One plain Dutch sentence per rule: how the budget is divided. */
export const RULE_EXPLANATIONS: Record<AllocationRule, string> = {
  behoefte:
    "Naar behoefte: elk partnerschap krijgt een deel van het budget in verhouding tot wat het nodig heeft van de Onderwijsregio.",
  "regeling-eerst":
    "Regeling eerst: elk partnerschap krijgt eerst wat de regeling voor zijn getelde studenten oplevert (nooit meer dan het vraagt); wat dan overblijft, gaat naar de partnerschappen die meer vragen, in verhouding tot dat extra bedrag. Is het budget kleiner dan de regelingsbedragen samen, dan krijgt elk partnerschap een deel in verhouding tot zijn regelingsbedrag.",
  studenten:
    "Naar studenten: elk partnerschap krijgt een deel in verhouding tot zijn aantal getelde studenten, ongeacht wat het vraagt.",
};

const AMOUNT_COLUMNS = [
  "Getelde studenten",
  "Kosten",
  "Regeling",
  "Overige inkomsten",
  "Toezeggingen",
  "Nodig van de regio",
  "Extra boven regeling",
];

/** The cells of one calendar row after its label cells. */
function amounts(row: CalendarRow): { cells: string[]; values: number[] } {
  const euros = [row.costs, row.subsidy, row.other, row.committed, row.needed, row.gap].map(
    (c) => c / 100,
  );
  return {
    cells: [formatNumber(row.counted), ...euros.map(formatEuro)],
    values: [row.counted, ...euros],
  };
}

function amountRow(labels: string[], row: CalendarRow, kind?: Row["kind"]): Row {
  const { cells, values } = amounts(row);
  const out: Row = { cells: [...labels, ...cells], values: [...labels.map(() => null), ...values] };
  if (kind) out.kind = kind;
  return out;
}

/** Per partnership, per sector and in total for one calendar year. */
export function regionYearTable(region: RegionResult, year: number): Table {
  const rows: Row[] = [];
  for (const p of region.partnerships) {
    const row = p.years.find((r) => r.year === year);
    rows.push(
      row
        ? amountRow([p.name, sectorLabel(p.sector)], row)
        : {
            cells: [
              p.name,
              sectorLabel(p.sector),
              "rekent niet door in dit jaar",
              "",
              "",
              "",
              "",
              "",
              "",
            ],
          },
    );
  }
  if (region.sectors.length > 1) {
    for (const s of region.sectors) {
      const row = s.years.find((r) => r.year === year);
      if (row) rows.push(amountRow([`Totaal ${sectorLabel(s.sector)}`, ""], row, "subtotal"));
    }
  }
  const total = region.years.find((r) => r.year === year);
  if (total) rows.push(amountRow(["Totaal regio", ""], total, "total"));
  return {
    caption: `Kalenderjaar ${year}: per partnerschap en in totaal`,
    columns: [
      textColumn("Partnerschap"),
      textColumn("Sector"),
      ...AMOUNT_COLUMNS.map(numberColumn),
    ],
    rows,
    footnotes: [
      "Een kalenderjaar telt zeven maanden (januari–juli) van het schooljaar dat erin eindigt en vijf maanden (augustus–december) van het schooljaar dat erin begint.",
      "Nodig van de regio = kosten − toezeggingen − overige inkomsten (niet lager dan 0). Extra boven regeling = nodig − regeling.",
    ],
  };
}

/** The region's totals, one row per calendar year. */
export function regionTotalsTable(region: RegionResult): Table {
  return {
    caption: "De regio in totaal per kalenderjaar",
    columns: [textColumn("Kalenderjaar"), ...AMOUNT_COLUMNS.map(numberColumn)],
    rows: region.years.map((row) => amountRow([String(row.year)], row)),
  };
}

/** One partnership's calendar years. */
export function partnershipTable(region: RegionResult, index: number): Table {
  const p = region.partnerships[index]!;
  return {
    caption: `${p.name}: per kalenderjaar`,
    columns: [textColumn("Kalenderjaar"), ...AMOUNT_COLUMNS.map(numberColumn)],
    rows: p.years.map((row) => amountRow([String(row.year)], row)),
  };
}

/** The budget divided under each of the three rules, for one calendar year (cents in, euros shown). */
export function allocationsFor(region: RegionResult, year: number, budget: number): Allocation[] {
  const claims = region.partnerships.map((p) => ({
    name: p.name,
    row: p.years.find((r) => r.year === year),
  }));
  return ALLOCATION_RULES.map((rule) => allocateBudget(budget, rule, claims));
}

const OWN_BASIS: Record<AllocationRule, Allocation["basis"]> = {
  behoefte: "needed",
  "regeling-eerst": "regulationFirst",
  studenten: "counted",
};
const BASIS_WORDS: Record<Allocation["basis"], string> = {
  needed: "naar wat elk partnerschap nodig heeft",
  counted: "naar getelde studenten",
  equal: "in gelijke delen",
  regulationFirst: "",
};

/** Says so when a rule had to use other weights because its own were all 0. */
export function fallbackNote(a: Allocation): string | null {
  if (a.basis === OWN_BASIS[a.rule]) return null;
  const why =
    a.rule === "studenten"
      ? "er zijn geen getelde studenten"
      : a.rule === "behoefte"
        ? "geen enkel partnerschap heeft iets nodig"
        : "geen enkel partnerschap vraagt meer dan de regeling";
  return `${RULE_LABELS[a.rule]}: ${why}, dus is ${a.rule === "regeling-eerst" ? "de rest" : "het budget"} ${BASIS_WORDS[a.basis]} verdeeld.`;
}

/** What the partnerships ask beside what each rule would give them; the totals equal the budget. */
export function allocationTable(year: number, allocations: readonly Allocation[]): Table {
  const first = allocations[0];
  const names = first?.shares.map((s) => s.name) ?? [];
  const rows: Row[] = names.map((name, i) => {
    const needed = (first?.shares[i]?.needed ?? 0) / 100;
    const parts = allocations.map((a) => (a.shares[i]?.amount ?? 0) / 100);
    return {
      cells: [name, formatEuroCents(needed), ...parts.map(formatEuroCents)],
      values: [null, needed, ...parts],
    };
  });
  const asked = (first?.shares.reduce((s, share) => s + share.needed, 0) ?? 0) / 100;
  const budgets = allocations.map((a) => a.budget / 100);
  rows.push({
    cells: ["Totaal", formatEuroCents(asked), ...budgets.map(formatEuroCents)],
    values: [null, asked, ...budgets],
    kind: "total",
  });
  return {
    caption: `Verdeling van het regionale budget voor ${year}`,
    columns: [
      textColumn("Partnerschap"),
      numberColumn("Gevraagd (nodig)"),
      ...allocations.map((a) => numberColumn(RULE_LABELS[a.rule])),
    ],
    rows,
    footnotes: [
      ...allocations.map((a) => RULE_EXPLANATIONS[a.rule]),
      "Bedragen in centen verdeeld met de methode van de grootste rest: de delen tellen precies op tot het budget.",
      ...allocations.flatMap((a) => fallbackNote(a) ?? []),
    ],
  };
}
