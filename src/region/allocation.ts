/**
 * Dividing a regional budget over the partnerships under one of three plain rules. Every rule
 * ends in the engine's one largest-remainder split (`allocateCents`), so the shares add up to the
 * budget to the cent.
 */
import { allocateCents } from "../engine/allocate.ts";
import { dec } from "../engine/decimal.ts";
import type { Allocation, AllocationBasis, AllocationRule, CalendarRow } from "./types.ts";

/** What one partnership brings to the division of one calendar year. */
export interface Claim {
  name: string;
  /** The partnership's row for the year, or undefined when it does not cover that year. */
  row: CalendarRow | undefined;
}

const needed = (c: Claim): number => Math.max(0, c.row?.needed ?? 0);
const counted = (c: Claim): number => c.row?.counted ?? 0;
/** What the regulation would yield, but never more than the partnership asks. */
const regulationPart = (c: Claim): number => Math.min(Math.max(0, c.row?.subsidy ?? 0), needed(c));

const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

/** Splits `amount` by the first set of weights that is not all zero; equal parts as the last resort. */
function split(
  amount: number,
  weightSets: readonly [AllocationBasis, number[]][],
): { basis: AllocationBasis; parts: number[] } {
  for (const [basis, weights] of weightSets) {
    if (sum(weights) > 0) return { basis, parts: allocateCents(amount, weights.map(dec)) };
  }
  const count = weightSets[0]?.[1].length ?? 0;
  return {
    basis: "equal",
    parts: allocateCents(
      amount,
      Array.from({ length: count }, () => dec(1)),
    ),
  };
}

/** The regulation amount first (capped at the ask); the rest in proportion to the extra asked. */
function regulationFirst(
  budget: number,
  claims: readonly Claim[],
): { basis: AllocationBasis; parts: number[] } {
  const first = claims.map(regulationPart);
  if (sum(first) >= budget) return split(budget, [["regulationFirst", first]]);
  const extra = claims.map((c, i) => needed(c) - first[i]!);
  const rest = split(budget - sum(first), [
    ["regulationFirst", extra],
    ["needed", claims.map(needed)],
    ["counted", claims.map(counted)],
  ]);
  return {
    basis: sum(extra) > 0 ? "regulationFirst" : rest.basis,
    parts: rest.parts.map((part, i) => part + first[i]!),
  };
}

/** Divides `budget` cents over the claims under `rule`; the parts add up to `budget` exactly. */
export function allocateBudget(
  budget: number,
  rule: AllocationRule,
  claims: readonly Claim[],
): Allocation {
  const needs = claims.map(needed);
  const students = claims.map(counted);
  const { basis, parts } =
    rule === "behoefte"
      ? split(budget, [
          ["needed", needs],
          ["counted", students],
        ])
      : rule === "studenten"
        ? split(budget, [
            ["counted", students],
            ["needed", needs],
          ])
        : regulationFirst(budget, claims);
  return {
    rule,
    budget,
    exceeded: sum(needs) > budget,
    basis,
    shares: claims.map((c, i) => ({ name: c.name, amount: parts[i] ?? 0, needed: needs[i]! })),
  };
}
