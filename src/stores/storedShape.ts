/**
 * The quick read of the stored session at page load, without zod: the site itself wrote that text
 * from a checked session, so a text with the session's shape is shown at once. The full check
 * (schema, cross-field rules, repair) loads right after (storedSession.ts, see `sessionStore`); it names
 * and backs up anything this quick read let through.
 */
import type { Session } from "../engine/index.ts";
import { SESSION_FORMAT } from "../engine/index.ts";

/** "string?": a string, or left out (an optional field the schema gives no default, such as the sector). */
type Shape = "object" | "array" | "string" | "number" | "string?";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function has(value: unknown, shape: Shape): boolean {
  if (shape === "object") return isObject(value);
  if (shape === "array") return Array.isArray(value);
  if (shape === "string?") return value === undefined || typeof value === "string";
  return typeof value === shape;
}

/** Every key of `value` has its shape. */
function fits(value: unknown, shapes: Record<string, Shape>): value is Record<string, unknown> {
  return isObject(value) && Object.entries(shapes).every(([key, shape]) => has(value[key], shape));
}

/** Every item of a list is an object with the given shape. */
const allFit = (list: unknown, shapes: Record<string, Shape>): boolean =>
  Array.isArray(list) && list.every((item) => fits(item, shapes));

/** What every view reads without asking whether it is there (the schema fills the defaults). */
const SESSION_SHAPE: Record<string, Shape> = {
  partnership: "object",
  years: "array",
  regulation: "object",
  rates: "object",
  indexation: "number",
  perSchool: "object",
  categories: "array",
  partners: "array",
  placements: "array",
  overhead: "array",
  otherIncome: "array",
  distribution: "object",
  benefits: "array",
  answers: "object",
};

/** The stored text as a session when it has the session's shape, else null (the full check decides). */
export function sessionShaped(raw: string): Session | null {
  let data: unknown;
  try {
    data = JSON.parse(raw.startsWith("\uFEFF") ? raw.slice(1) : raw);
  } catch {
    return null;
  }
  if (!fits(data, SESSION_SHAPE) || data["format"] !== SESSION_FORMAT) return null;
  const shaped =
    fits(data["partnership"], { name: "string", sector: "string?", region: "string" }) &&
    (data["years"] as unknown[]).every((year) => typeof year === "string") &&
    (data["planYear"] === undefined || typeof data["planYear"] === "string") &&
    fits(data["regulation"], {
      perStudent: "number",
      base: "number",
      ceilingFactor: "number",
      lag: "number",
      grant: "string",
      counted: "object",
    }) &&
    allFit(data["categories"], {
      id: "string",
      name: "string",
      perStudent: "object",
      weight: "number",
      stipend: "number",
    }) &&
    allFit(data["partners"], {
      id: "string",
      name: "string",
      kind: "string",
      schools: "number",
      fixedCosts: "array",
    }) &&
    allFit(data["placements"], {
      board: "string",
      institute: "string",
      category: "string",
      students: "object",
      days: "number",
    }) &&
    ["overhead", "otherIncome", "benefits"].every((list) =>
      allFit(data[list], { label: "string", amount: "number" }),
    ) &&
    Object.values(data["answers"] as Record<string, unknown>).every((answer) =>
      fits(answer, { notes: "string", agreements: "string", open: "string" }),
    );
  // The shape is checked above; the values are checked by the full read that follows.
  return shaped ? (data as unknown as Session) : null;
}
