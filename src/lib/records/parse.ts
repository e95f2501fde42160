/**
 * One way to read shipped records, for the site (import.meta.glob), the command line and the tests
 * (files on disk): sorted by file name, each checked by its schema. A bad file stops the build or
 * the command with the file and the field named; the product never runs on a half-read record.
 */
import * as z from "zod/mini";
import { formatPath } from "../../engine/problems.ts";
import { RECORD_SCHEMAS, type RecordKind } from "./schemas.ts";

/** The parsed record type of each kind. */
export type RecordOf<K extends RecordKind> = z.infer<(typeof RECORD_SCHEMAS)[K]>;

/** Checks one record of a kind, named by its file; a bad record throws a Dutch message naming file and field. */
export function parseRecord<K extends RecordKind>(
  kind: K,
  file: string,
  value: unknown,
): RecordOf<K> {
  const parsed = RECORD_SCHEMAS[kind].safeParse(value);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${formatPath(issue.path) || "(bestand)"}: ${issue.message}`)
      .join("; ");
    throw new Error(`content/${kind}: ${file} klopt niet: ${detail}`);
  }
  return parsed.data as RecordOf<K>;
}

/** Checks the records of one kind, given as file name → parsed JSON; sorted by file name. */
export function parseRecords<K extends RecordKind>(
  kind: K,
  files: Record<string, unknown>,
): RecordOf<K>[] {
  return Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, value]) => parseRecord(kind, file, value));
}
