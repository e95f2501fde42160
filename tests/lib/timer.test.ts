// The countdown as plain values: every answer follows from the state and a clock reading.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MINUTES,
  createTimer,
  describeRemaining,
  formatRemaining,
  isExpired,
  isRunning,
  pause,
  remainingAt,
  reset,
  start,
  toggle,
} from "../../src/lib/timer.ts";

/** A fake clock the test moves by hand. */
function fakeClock(startAt = 1_000_000) {
  let t = startAt;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe.each([
  // the default is five minutes
  { minutes: undefined, ms: DEFAULT_MINUTES * 60_000 },
  // what the facilitator sets
  { minutes: 3, ms: 180_000 },
  // below the minimum: one minute
  { minutes: 0, ms: 60_000 },
  // above the maximum: an hour
  { minutes: 600, ms: 3_600_000 },
  // not a number: the default
  { minutes: Number.NaN, ms: 300_000 },
])("createTimer($minutes)", ({ minutes, ms }) => {
  it(`lasts ${ms} ms and starts paused at full length`, () => {
    const timer = createTimer(minutes);
    expect(timer).toEqual({ durationMs: ms, remainingMs: ms, startedAt: null });
    expect(isRunning(timer, 0)).toBe(false);
  });
});

describe("counting down", () => {
  it("counts down while running and stands still while paused", () => {
    const clock = fakeClock();
    let timer = start(createTimer(5), clock.now());
    clock.advance(90_000);
    expect(remainingAt(timer, clock.now())).toBe(210_000);
    timer = pause(timer, clock.now());
    clock.advance(600_000);
    expect(remainingAt(timer, clock.now())).toBe(210_000);
    expect(isRunning(timer, clock.now())).toBe(false);
    timer = start(timer, clock.now());
    clock.advance(10_000);
    expect(remainingAt(timer, clock.now())).toBe(200_000);
  });

  it("stops at zero and reports the end", () => {
    const clock = fakeClock();
    const timer = start(createTimer(1), clock.now());
    clock.advance(59_999);
    expect(isExpired(timer, clock.now())).toBe(false);
    clock.advance(10_000);
    expect(remainingAt(timer, clock.now())).toBe(0);
    expect(isExpired(timer, clock.now())).toBe(true);
    expect(isRunning(timer, clock.now())).toBe(false);
  });

  it("starts a finished countdown again from its full length", () => {
    const clock = fakeClock();
    let timer = start(createTimer(1), clock.now());
    clock.advance(120_000);
    timer = start(timer, clock.now());
    expect(remainingAt(timer, clock.now())).toBe(60_000);
    expect(isRunning(timer, clock.now())).toBe(true);
  });

  it("toggles between running and paused (the T key)", () => {
    const clock = fakeClock();
    let timer = toggle(createTimer(2), clock.now());
    expect(isRunning(timer, clock.now())).toBe(true);
    clock.advance(30_000);
    timer = toggle(timer, clock.now());
    expect(isRunning(timer, clock.now())).toBe(false);
    expect(remainingAt(timer, clock.now())).toBe(90_000);
  });

  it("ignores a second start and a pause of a paused timer", () => {
    const clock = fakeClock();
    const running = start(createTimer(2), clock.now());
    clock.advance(5_000);
    expect(start(running, clock.now())).toBe(running);
    const paused = createTimer(2);
    expect(pause(paused, clock.now())).toBe(paused);
  });

  it("goes back to the full length, paused, on reset", () => {
    const clock = fakeClock();
    const timer = start(createTimer(2), clock.now());
    clock.advance(45_000);
    expect(reset(timer)).toEqual(createTimer(2));
  });

  it("never counts a clock that jumps back as extra time", () => {
    const timer = start(createTimer(1), 10_000);
    expect(remainingAt(timer, 5_000)).toBe(60_000);
  });
});

describe.each([
  // full five minutes
  { ms: 300_000, text: "5:00", spoken: "5 minuten" },
  // a part second shows the second it is in (rounds up), so 0:00 appears only at the end
  { ms: 64_200, text: "1:05", spoken: "1 minuut en 5 seconden" },
  { ms: 1_000, text: "0:01", spoken: "1 seconde" },
  { ms: 1, text: "0:01", spoken: "1 seconde" },
  // the end
  { ms: 0, text: "0:00", spoken: "0 seconden" },
  // never negative
  { ms: -500, text: "0:00", spoken: "0 seconden" },
  // an hour
  { ms: 3_600_000, text: "60:00", spoken: "60 minuten" },
])("formatRemaining($ms)", ({ ms, text, spoken }) => {
  it(`shows "${text}" and reads "${spoken}"`, () => {
    expect(formatRemaining(ms)).toBe(text);
    expect(describeRemaining(ms)).toBe(spoken);
  });
});
