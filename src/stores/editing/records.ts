/** Small helpers for optional maps in the session (rates per role, groups per year, counts per year). */

/** A copy of `record` with `key` set to `value`, or without `key` when `value` is undefined. */
export function withKey<T extends object, K extends keyof T & string>(
  record: T | undefined,
  key: K,
  value: T[K] | undefined,
): T {
  const next = { ...record } as T;
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** True when a map has no keys left (then the optional field is dropped from the session). */
export function isEmpty(record: object): boolean {
  return Object.keys(record).length === 0;
}
