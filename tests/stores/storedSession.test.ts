// @vitest-environment happy-dom
// A stored session with one value the schema refuses: the rest loads, the value is named with its
// path, the original is kept as a backup that can be restored; structural sharing of edits. A text
// with the session's shape shows at once, before the full check.
import { beforeEach, describe, expect, it, vi } from "vitest";
import example from "../../content/examples/voorbeeld-po.json";
import { parseSession } from "../../src/engine/index.ts";

const KEY = "gesprekswijzer:sessie:v1";

/** Loads the session store afresh, as a page load does, with `raw` stored. */
async function load(raw: string) {
  // Earlier module instances are "other windows" on the same channel: let their messages settle
  // before this "page load", so none of them writes into the storage it reads.
  await new Promise((resolve) => setTimeout(resolve, 50));
  vi.resetModules();
  localStorage.clear();
  localStorage.setItem(KEY, raw);
  const session = await import("../../src/stores/session.ts");
  const backups = await import("../../src/stores/backups.ts");
  // The page shows the stored text at once; the full check (schema, repair, backup) follows.
  await session.storedSessionChecked();
  return { ...session, ...backups };
}

function damaged(change: (draft: typeof example) => void): string {
  const draft = structuredClone(example);
  change(draft);
  return JSON.stringify(draft);
}

beforeEach(() => localStorage.clear());

describe("loading a stored session", () => {
  it("loads a good session without notice or backup", async () => {
    const s = await load(JSON.stringify(example));
    expect(s.sessionStore.get().partnership.name).toBe(example.partnership.name);
    expect(s.storageNoticeStore.get()).toBeNull();
  });

  it.each([
    // an impossible student count (was: the whole session dropped on the next load)
    {
      path: "placements[0].students.2026-2027",
      change: (d: typeof example) =>
        ((d.placements[0]!.students as Record<string, number>)["2026-2027"] =
          Number("12345678901234567")),
    },
    // a huge but finite amount
    { path: "overhead[0].amount", change: (d: typeof example) => (d.overhead[0]!.amount = 1e308) },
    // a name far over the limit
    {
      path: "partners[1].name",
      change: (d: typeof example) => (d.partners[1]!.name = "x".repeat(1_000_000)),
    },
  ])(
    "keeps the rest when $path is unreadable, names it and keeps a backup",
    async ({ path, change }) => {
      const raw = damaged(change);
      const s = await load(raw);
      const notice = s.storageNoticeStore.get();
      expect(notice?.removed.map((p) => p.path)).toContain(path);
      expect(notice?.message).toContain("de rest is geladen");
      // The readable rest is there.
      expect(s.sessionStore.get().partnership.name).toBe(example.partnership.name);
      expect(s.sessionStore.get().partners).toHaveLength(example.partners.length);
      // The original, byte for byte, is a backup.
      expect(localStorage.getItem(notice!.backupKey!)).toBe(raw);
      await s.refreshBackups();
      expect(s.backupsStore.get()).toEqual([
        expect.objectContaining({ key: notice!.backupKey, readable: true }),
      ]);
    },
  );

  it("restores a backup: what can be read replaces the current session", async () => {
    const s = await load(damaged((d) => (d.overhead[0]!.amount = 1e308)));
    const key = s.storageNoticeStore.get()!.backupKey!;
    s.startNewSession(new Date(2026, 10, 23));
    expect(s.sessionStore.get().partnership.name).toBe("");
    const removed = await s.restoreBackup(key);
    expect(removed?.map((p) => p.path)).toEqual(["overhead[0].amount"]);
    expect(s.sessionStore.get().partnership.name).toBe(example.partnership.name);
  });

  it("starts empty with a backup when nothing can be read", async () => {
    const s = await load('{"format": "gesprekswijzer/1", "partnership": ');
    expect(s.storageNoticeStore.get()?.message).toContain("je begint met een leeg gesprek");
    expect(s.sessionStore.get().partners).toEqual([]);
    await s.refreshBackups();
    expect(s.backupsStore.get()[0]?.readable).toBe(false);
    expect(await s.restoreBackup(s.backupsStore.get()[0]!.key)).toBeNull();
  });
});

describe("updateSession", () => {
  it("keeps every unchanged part of the session by identity", async () => {
    const s = await load(JSON.stringify(example));
    const before = s.sessionStore.get();
    s.updateSession((d) => (d.placements[1]!.students["2026-2027"] = 99));
    const after = s.sessionStore.get();
    expect(after).not.toBe(before);
    expect(after.placements[0]).toBe(before.placements[0]);
    expect(after.placements[1]).not.toBe(before.placements[1]);
    expect(after.partners).toBe(before.partners);
  });

  it("does not write when a change changes nothing", async () => {
    const s = await load(JSON.stringify(example));
    const before = s.sessionStore.get();
    s.updateSession((d) => (d.partnership.name = example.partnership.name));
    expect(s.sessionStore.get()).toBe(before);
  });
});

describe("the quick read before the full check", () => {
  it("shows a text with the session's shape at once and keeps it when the check finds it whole", async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    vi.resetModules();
    localStorage.clear();
    // What the site writes: a checked session, every default filled in (the example file omits some).
    const outcome = parseSession(example);
    if (!outcome.ok) throw new Error("the example must be valid");
    localStorage.setItem(KEY, JSON.stringify(outcome.session));
    const s = await import("../../src/stores/session.ts");
    const shown = s.sessionStore.get();
    expect(shown.partnership.name).toBe(example.partnership.name);
    await s.storedSessionChecked();
    expect(s.sessionStore.get()).toBe(shown);
    expect(s.storageNoticeStore.get()).toBeNull();
  });

  it("shows an empty session until a text without the session's shape is repaired", async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    vi.resetModules();
    localStorage.clear();
    const raw = JSON.stringify({ ...example, answers: [] });
    localStorage.setItem(KEY, raw);
    const s = await import("../../src/stores/session.ts");
    expect(s.sessionStore.get().partners).toEqual([]);
    await s.storedSessionChecked();
    expect(s.sessionStore.get().partners).toHaveLength(example.partners.length);
    expect(s.storageNoticeStore.get()?.removed.map((p) => p.path)).toEqual(["answers"]);
    expect(localStorage.getItem(s.storageNoticeStore.get()!.backupKey!)).toBe(raw);
  });
});
