/** Ids for partners and categories, made from the name people type (ids are never shown alone). */

/** "Stichting Akker" → "stichting-akker"; accents dropped, anything else becomes "-", at most `maxLength` long. */
export function slugify(name: string, maxLength = 40): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, maxLength)
    .replace(/-$/, "");
}

/** A slug of `name` that is not in `taken`: "akker", then "akker-2", "akker-3", … */
export function uniqueId(name: string, taken: Iterable<string>, fallback = "id"): string {
  const used = new Set(taken);
  const base = slugify(name) || fallback;
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
