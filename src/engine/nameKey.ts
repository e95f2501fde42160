// Without zod, so the pages can compare names at load (validate.ts re-exports it).

/** Names compare without case and surrounding spaces: "Kindwijs" and "kindwijs " are the same partner to a reader. */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase("nl-NL");
}
