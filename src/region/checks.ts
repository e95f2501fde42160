/** The checks the region needs before a joint proposal goes to the budget body, each with its source. */
import { citation } from "../lib/citation.ts";
import type { CalendarRow, RegionCheck, RegionPartnership } from "./types.ts";

// Cited like every other source (title, publisher, year, section), through the one citation module.
const SOURCE_REGULATION = citation({
  doc: "005",
  section: "bepalingen over de aanvraag en het subsidiebedrag: bedrag per student of zij-instromer",
});
const SOURCE_JOINT = citation({
  doc: "003",
  section:
    "Het gesprek, 3e punt: werk als partnerschappen samen een voorstel uit voor de begroting van de Onderwijsregio",
});
// Not a fact from a document but the tool's own arithmetic, and named as such.
const SOURCE_CALENDAR =
  "Rekenregel van Gesprekswijzer: een schooljaar loopt van 1 augustus tot 31 juli, dus een kalenderjaar bestaat voor zeven maanden uit het ene en voor vijf uit het volgende schooljaar";

/** "a, b en c" */
export function dutchList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`;
}

/** Groups names by a key, in first-seen order. */
function groupBy(
  partnerships: readonly RegionPartnership[],
  key: (p: RegionPartnership) => string,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const p of partnerships) groups.set(key(p), [...(groups.get(key(p)) ?? []), p.name]);
  return groups;
}

function describeGroups(groups: Map<string, string[]>): string {
  return [...groups].map(([key, names]) => `${key}: ${dutchList(names)}`).join("; ");
}

/** Every check that applies to this set of partnerships over the region's calendar years. */
export function regionChecks(
  partnerships: readonly RegionPartnership[],
  years: readonly number[],
): RegionCheck[] {
  const checks: RegionCheck[] = [];
  for (const p of partnerships) {
    const without = p.years
      .filter((row: CalendarRow) => row.counted === 0)
      .map((row) => String(row.year));
    if (without.length > 0) {
      checks.push({
        kind: "noCounted",
        message: `${p.name} heeft geen getelde studenten voor ${dutchList(without)}: de regeling levert dan alleen een eventuele vaste voet op. Vul in die sessie de DUO-telling in of controleer de plaatsingen.`,
        source: SOURCE_REGULATION,
      });
    }
  }
  const planYears = groupBy(partnerships, (p) => p.planYear);
  if (planYears.size > 1) {
    checks.push({
      kind: "planYears",
      message: `De partnerschappen gaan uit van verschillende planjaren (${describeGroups(planYears)}). Spreek één planjaar af voordat het voorstel naar de begrotingstafel gaat.`,
      source: SOURCE_JOINT,
    });
  }
  const regulations = groupBy(partnerships, (p) => p.regulation);
  if (regulations.size > 1) {
    checks.push({
      kind: "regulations",
      message: `De sessies rekenen met verschillende regelingen (${describeGroups(regulations)}). Reken alle partnerschappen met dezelfde regeling door, anders tellen de bedragen niet op tot wat de regio ontvangt.`,
      source: SOURCE_REGULATION,
    });
  }
  for (const p of partnerships) {
    const missing = years.filter((year) => !p.years.some((row) => row.year === year)).map(String);
    if (missing.length > 0) {
      checks.push({
        kind: "calendarYears",
        message: `${p.name} rekent niet door in ${dutchList(missing)}; in de totalen van die ${missing.length === 1 ? "jaar" : "jaren"} telt dit partnerschap niet mee. Voeg in die sessie de schooljaren toe die ontbreken.`,
        source: SOURCE_CALENDAR,
      });
    }
  }
  return checks;
}
