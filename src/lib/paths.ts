/** Links that work at the site root and under a sub-path (Astro `base`). */

/** Prefixes a site path ("gesprek/partners/") with the configured base. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.endsWith("/")
    ? import.meta.env.BASE_URL
    : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\//, "")}`;
}
