// Profile actions: names, sector, school years (plan year follows), meeting.
import { describe, expect, it } from "vitest";
import type { Session } from "../../../src/engine/index.ts";
import * as p from "../../../src/stores/editing/profile.ts";
import { describeActions, drive, example } from "./helpers.ts";

describeActions([
  {
    name: "name",
    run: () => p.setProfileText("name", "OS West"),
    check: (s: Session) => s.partnership.name === "OS West",
  },
  {
    name: "region",
    run: () => p.setProfileText("region", "Regio Zuid"),
    check: (s: Session) => s.partnership.region === "Regio Zuid",
  },
  {
    name: "sector",
    run: () => p.setSector("po-vo"),
    check: (s: Session) => s.partnership.sector === "po-vo",
  },
  // more years: the plan year stays
  {
    name: "years longer",
    run: () => p.setYears("2025-2026", 6),
    check: (s: Session) =>
      s.years.length === 6 && s.years[5] === "2030-2031" && s.planYear === "2026-2027",
  },
  // the plan year falls out: it becomes the second year
  {
    name: "years moved",
    run: () => p.setYears("2027-2028", 3),
    check: (s: Session) => s.years[0] === "2027-2028" && s.planYear === "2028-2029",
  },
  // one year: the plan year is that year
  {
    name: "one year",
    run: () => p.setYears("2030-2031", 1),
    check: (s: Session) => s.years.length === 1 && s.planYear === "2030-2031",
  },
  {
    name: "plan year",
    run: () => p.setPlanYear("2026-2027"),
    check: (s: Session) => s.planYear === "2026-2027",
  },
  // a plan year outside the years is ignored
  {
    name: "plan year outside",
    run: () => p.setPlanYear("2031-2032"),
    check: (s: Session) => s.planYear === "2026-2027",
  },
  {
    name: "meeting",
    run: () => {
      p.setMeeting("date", "2026-11-23");
      p.setMeeting("participants", "An\nBo");
    },
    check: (s: Session) => s.meeting?.date === "2026-11-23" && s.meeting.participants === "An\nBo",
  },
]);

describe("setYears keeps counts of years that fall out", () => {
  it("does not delete students", () => {
    const s = drive(example(), () => p.setYears("2026-2027", 2));
    expect(s.placements[0]!.students["2025-2026"]).toBe(120);
  });
});
