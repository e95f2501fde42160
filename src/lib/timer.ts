/**
 * A countdown for one question of the workshop, as plain values: the state holds when it was
 * started and how much time was left then, so the remaining time follows from any clock without
 * counting ticks (a throttled background tab or a slow projector laptop never drifts).
 */

/** A clock in milliseconds; `Date.now` in the browser, a fake one in tests. */
export type Clock = () => number;

/** The countdown state. */
export interface TimerState {
  /** Length of the countdown in ms. */
  durationMs: number;
  /** Time left at `startedAt` (running) or now (paused), in ms. */
  remainingMs: number;
  /** Clock time at which it was (re)started; null while paused or stopped. */
  startedAt: number | null;
}

/** Shortest and longest countdown a facilitator can choose, in minutes. */
export const MIN_MINUTES = 1;
export const MAX_MINUTES = 60;
/** The default time per question, in minutes. */
export const DEFAULT_MINUTES = 5;

/** A full, paused countdown of `minutes` (clamped to 1–60). */
export function createTimer(minutes: number = DEFAULT_MINUTES): TimerState {
  const safe = Number.isFinite(minutes)
    ? Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, minutes))
    : DEFAULT_MINUTES;
  const durationMs = Math.round(safe * 60_000);
  return { durationMs, remainingMs: durationMs, startedAt: null };
}

/** Time left in ms at clock time `now` (never below 0). */
export function remainingAt(state: TimerState, now: number): number {
  if (state.startedAt === null) return Math.max(0, state.remainingMs);
  return Math.max(0, state.remainingMs - Math.max(0, now - state.startedAt));
}

/** True while the countdown runs and has time left. */
export function isRunning(state: TimerState, now: number): boolean {
  return state.startedAt !== null && remainingAt(state, now) > 0;
}

/** True once the countdown has reached zero. */
export function isExpired(state: TimerState, now: number): boolean {
  return remainingAt(state, now) === 0;
}

/** Starts or resumes; a finished countdown starts again from its full length. */
export function start(state: TimerState, now: number): TimerState {
  if (state.startedAt !== null && remainingAt(state, now) > 0) return state;
  const left = remainingAt(state, now);
  return { ...state, remainingMs: left > 0 ? left : state.durationMs, startedAt: now };
}

/** Pauses, keeping the time left. */
export function pause(state: TimerState, now: number): TimerState {
  if (state.startedAt === null) return state;
  return { ...state, remainingMs: remainingAt(state, now), startedAt: null };
}

/** Start when paused, pause when running (the T key). */
export function toggle(state: TimerState, now: number): TimerState {
  return isRunning(state, now) ? pause(state, now) : start(state, now);
}

/** Back to the full length, paused. */
export function reset(state: TimerState): TimerState {
  return { ...state, remainingMs: state.durationMs, startedAt: null };
}

/** Whole minutes and seconds left, rounding up so that 0:00 shows only at the very end. */
function minutesAndSeconds(ms: number): { minutes: number; seconds: number } {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  return { minutes: Math.floor(totalSeconds / 60), seconds: totalSeconds % 60 };
}

/** "4:05" — minutes and seconds. */
export function formatRemaining(ms: number): string {
  const { minutes, seconds } = minutesAndSeconds(ms);
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

/** "4 minuten en 5 seconden" for screen readers. */
export function describeRemaining(ms: number): string {
  const { minutes, seconds } = minutesAndSeconds(ms);
  const parts: string[] = [];
  if (minutes > 0) parts.push(`${minutes} ${minutes === 1 ? "minuut" : "minuten"}`);
  if (seconds > 0 || minutes === 0)
    parts.push(`${seconds} ${seconds === 1 ? "seconde" : "seconden"}`);
  return parts.join(" en ");
}
