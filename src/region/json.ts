/** The region's JSON (`gesprekswijzer-regio/1`): euros with cents at the file boundary, like the engine's result. */
import { REGION_FORMAT, type CalendarRow, type RegionResult } from "./types.ts";

const euros = (cents: number): number => cents / 100;

/** A calendar row as the contract names it (the engine's keys, plus the counted students). */
function rowJson(row: CalendarRow): Record<string, number> {
  return {
    year: row.year,
    counted: row.counted,
    costs: euros(row.costs),
    subsidy: euros(row.subsidy),
    other: euros(row.other),
    committed: euros(row.committed),
    needed: euros(row.needed),
    gap: euros(row.gap),
  };
}

/** The region result as plain JSON data. */
export function toRegionJson(region: RegionResult): Record<string, unknown> {
  return {
    format: REGION_FORMAT,
    partnerships: region.partnerships.map((p) => ({
      name: p.name,
      sector: p.sector,
      planYear: p.planYear,
      regulation: p.regulation,
      calendarYears: p.years.map(rowJson),
    })),
    calendarYears: region.years.map((year) => {
      const row: Record<string, unknown> = rowJson(year);
      if (year.allocation) {
        row["budget"] = euros(year.allocation.budget);
        row["rule"] = year.allocation.rule;
        row["exceeded"] = year.allocation.exceeded;
        row["allocation"] = year.allocation.shares.map((s) => ({
          name: s.name,
          amount: euros(s.amount),
          needed: euros(s.needed),
        }));
      }
      return row;
    }),
    sectors: region.sectors.map((s) => ({ sector: s.sector, calendarYears: s.years.map(rowJson) })),
    checks: region.checks.map((c) => ({ kind: c.kind, message: c.message, source: c.source })),
  };
}
