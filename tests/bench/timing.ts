// Shared helpers for bench sections: timing statistics and a heap reading after garbage collection.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Median and 95th percentile of a list of milliseconds. */
export function stats(samples: readonly number[]): { median: number; p95: number; min: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), min: sorted[0]! };
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; returns the milliseconds per run. */
export function time(fn: () => unknown, runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Processor time per run in ms (user + system), over `runs` back-to-back runs. Less sensitive than
 * wall-clock time to other processes on a shared machine, which only make us wait.
 */
export function cpuPerRun(fn: () => unknown, runs: number): number {
  const before = process.cpuUsage();
  for (let i = 0; i < runs; i++) fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / runs;
}

/** Forces a full garbage collection when V8 allows it (npm run bench has no --expose-gc flag). */
export function collectGarbage(): boolean {
  const direct = (globalThis as { gc?: () => void }).gc;
  if (direct !== undefined) {
    direct();
    return true;
  }
  try {
    setFlagsFromString("--expose-gc");
    (runInNewContext("gc") as () => void)();
    return true;
  } catch {
    return false;
  }
}

/** Heap used in MB after a garbage collection when possible. */
export function heapUsedMB(): { mb: number; collected: boolean } {
  const collected = collectGarbage();
  return { mb: process.memoryUsage().heapUsed / 2 ** 20, collected };
}

/** A millisecond figure with two decimals. */
export const ms = (value: number): string => `${value.toFixed(2)} ms`;
