/**
 * Dutch messages for the generic zod issues (wrong type, missing field, out of range). Rules with
 * their own message in `schema.ts` keep it; this map only fills in the rest.
 */
import type { core } from "zod/mini";

const TYPE_NAMES: Record<string, string> = {
  number: "een getal",
  int: "een geheel getal",
  string: "een tekst",
  boolean: "ja (true) of nee (false)",
  array: "een lijst",
  object: "een object",
  record: "een object",
};

function describe(input: unknown): string {
  if (input === null) return "leeg (null)";
  if (typeof input === "string")
    return `tekst "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  if (typeof input === "number") return Number.isNaN(input) ? "geen getal (NaN)" : String(input);
  if (Array.isArray(input)) return "een lijst";
  if (typeof input === "object") return "een object";
  // A boolean reads well as itself; undefined, symbol and function (never in JSON) by their kind.
  return typeof input === "boolean" || typeof input === "bigint" ? String(input) : typeof input;
}

/** The per-parse error map: zod issue → Dutch message. */
export const dutchErrorMap: core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return "ontbreekt";
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.expected === "number" && typeof issue.input === "number")
        return "moet een eindig getal zijn";
      return `moet ${expected} zijn, niet ${describe(issue.input)}`;
    }
    case "too_small":
      if (issue.origin === "array")
        return `moet minstens ${String(issue.minimum)} element(en) bevatten`;
      if (issue.origin === "string") return "mag niet leeg zijn";
      return `moet minstens ${String(issue.minimum)} zijn`;
    case "too_big":
      if (issue.origin === "array")
        return `mag hoogstens ${String(issue.maximum)} element(en) bevatten`;
      return `mag hoogstens ${String(issue.maximum)} zijn`;
    case "invalid_value":
      return `kies uit ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_key":
      // zod 4 puts the bad key itself at the end of the path, so the message names the key, not its parent.
      return `de sleutel ${JSON.stringify(String(issue.input))} is geen schooljaar (schrijf bijvoorbeeld 2025-2026)`;
    case "invalid_format":
      return "heeft een ongeldige vorm";
    case "not_multiple_of":
      return "moet een geheel getal zijn";
    case "invalid_union":
      return "heeft een ongeldige waarde";
    default:
      return "is ongeldig";
  }
};
