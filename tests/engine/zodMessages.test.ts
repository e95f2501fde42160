// The Dutch message for each kind of generic zod problem, as a user sees it next to the field.
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { dutchErrorMap } from "../../src/engine/zodMessages.ts";

/** The message zod gives for `value` under `schema` with the Dutch map. */
function messageFor(schema: z.ZodMiniType, value: unknown): string | undefined {
  const parsed = schema.safeParse(value, { error: dutchErrorMap });
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

describe.each([
  { schema: z.number(), value: undefined, message: "ontbreekt" }, // a missing field
  { schema: z.number(), value: Infinity, message: "moet een eindig getal zijn" }, // a number, but not finite
  { schema: z.number(), value: "12", message: 'moet een getal zijn, niet tekst "12"' }, // text where a number belongs
  { schema: z.string(), value: "x".repeat(50), message: undefined }, // long text is fine as text …
  {
    schema: z.number(),
    value: "x".repeat(50),
    message: `moet een getal zijn, niet tekst "${"x".repeat(40)}…"`,
  }, // … and is cut short in a message
  { schema: z.number(), value: Number.NaN, message: "moet een eindig getal zijn" }, // NaN is a number, but not a usable one
  { schema: z.string(), value: Number.NaN, message: "moet een tekst zijn, niet geen getal (NaN)" }, // NaN named as such
  { schema: z.string(), value: 3, message: "moet een tekst zijn, niet 3" }, // a number where text belongs
  { schema: z.string(), value: null, message: "moet een tekst zijn, niet leeg (null)" }, // null
  { schema: z.string(), value: [], message: "moet een tekst zijn, niet een lijst" }, // a list
  { schema: z.string(), value: {}, message: "moet een tekst zijn, niet een object" }, // an object
  { schema: z.string(), value: true, message: "moet een tekst zijn, niet true" }, // a boolean reads as itself
  {
    schema: z.array(z.number()).check(z.minLength(2)),
    value: [1],
    message: "moet minstens 2 element(en) bevatten",
  }, // too short a list
  { schema: z.string().check(z.minLength(1)), value: "", message: "mag niet leeg zijn" }, // empty text
  { schema: z.number().check(z.gte(0)), value: -1, message: "moet minstens 0 zijn" }, // below the minimum
  {
    schema: z.array(z.number()).check(z.maxLength(1)),
    value: [1, 2],
    message: "mag hoogstens 1 element(en) bevatten",
  }, // too long a list
  { schema: z.number().check(z.lte(1)), value: 2, message: "mag hoogstens 1 zijn" }, // above the maximum
  { schema: z.enum(["po", "vo"]), value: "mbo", message: 'kies uit "po", "vo"' }, // not one of the choices
  {
    schema: z.record(z.string().check(z.regex(/^\d{4}-\d{4}$/)), z.number()),
    value: { "2025": 1 },
    message: 'de sleutel "2025" is geen schooljaar (schrijf bijvoorbeeld 2025-2026)',
  }, // a bad school-year key
  { schema: z.string().check(z.regex(/^a/)), value: "b", message: "heeft een ongeldige vorm" }, // the wrong pattern
  { schema: z.number().check(z.multipleOf(1)), value: 1.5, message: "moet een geheel getal zijn" }, // a fraction where a whole number belongs
  { schema: z.union([z.number(), z.boolean()]), value: "x", message: "heeft een ongeldige waarde" }, // none of the alternatives
  { schema: z.string().check(z.refine(() => false)), value: "x", message: "is ongeldig" }, // any other problem
])("$schema.def.type with $value", ({ schema, value, message }) => {
  it(message === undefined ? "is accepted" : `says: ${message}`, () => {
    expect(messageFor(schema, value)).toBe(message);
  });
});
