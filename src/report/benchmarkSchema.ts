/** The shape of a shipped benchmark record (content/benchmarks/*.json); checked in the tests, read as written by the pages. */
import { z } from "zod";

const range = z.object({
  /** Lowest amount of the range, € per student per year. */
  low: z.number().nonnegative(),
  /** Highest amount of the range, € per student per year. */
  high: z.number().nonnegative(),
  /** What the range measures, in Dutch, as the source describes it (paraphrased). */
  label: z.string().min(1),
});

/** A shipped benchmark record (content/benchmarks/*.json). */
export const benchmarkSchema = z.object({
  /** Stable id of the record. */
  id: z.string().min(1),
  /** Dutch name shown above the comparison. */
  name: z.string().min(1),
  /** The ranges: all costs per student, and the extra costs compared with training without a partnership. */
  ranges: z.object({ total: range, extra: range }),
  /** Why a plan may differ from the ranges, in Dutch. */
  note: z.string().min(1),
  /** Where the figures come from: a document of content/sources.json and its section. */
  sources: z.array(z.object({ doc: z.string().min(1), section: z.string().min(1) })).min(1),
});

/** A benchmark record. */
export type Benchmark = z.infer<typeof benchmarkSchema>;
