/** Problems found in a session file, each tied to the path of the field concerned. */

/** One problem: where (`placements[3].students.2025-2026`) and what, in Dutch. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** Writes a path as people read it: `placements[3].students.2025-2026`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** "path: message", or the message alone for the file as a whole. */
export function formatProblem(problem: Problem): string {
  return problem.path === "" ? problem.message : `${problem.path}: ${problem.message}`;
}
