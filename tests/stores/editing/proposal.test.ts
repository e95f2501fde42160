// Proposal actions: the penvoerder, contact, introduction and decision date are kept as typed; the
// submitting partners start as every member and a change keeps the others and the partners' order.
import { describe, expect, it } from "vitest";
import type { Session } from "../../../src/engine/index.ts";
import { parseSession } from "../../../src/engine/index.ts";
import { proposalInfo } from "../../../src/document/sessionData.ts";
import * as p from "../../../src/stores/editing/proposal.ts";
import { sessionStore } from "../../../src/stores/session.ts";
import { describeActions, drive, example } from "./helpers.ts";

describeActions([
  {
    name: "penvoerder",
    run: () => p.setProposalText("penvoerder", "Stichting Oost"),
    check: (s: Session) => s.proposal?.penvoerder === "Stichting Oost",
  },
  {
    name: "contact",
    run: () => p.setProposalText("contact", "An de Vries\nprogrammaleider"),
    check: (s: Session) => s.proposal?.contact === "An de Vries\nprogrammaleider",
  },
  {
    name: "introduction",
    run: () => p.setProposalText("introduction", "Wij leiden op."),
    check: (s: Session) => s.proposal?.introduction === "Wij leiden op.",
  },
  {
    name: "decision date",
    run: () => p.setProposalText("decisionDate", "2026-12-10"),
    check: (s: Session) => s.proposal?.decisionDate === "2026-12-10",
  },
  // unticking one partner keeps the other members
  {
    name: "submitter off",
    run: () => p.setSubmitter(sessionStore.get().partners.find((x) => x.member)!.id, false),
    check: (s: Session) =>
      s.proposal?.submitters?.length === s.partners.filter((x) => x.member).length - 1,
  },
]);

describe("submitting partners", () => {
  it("are every member partner until someone changes the list", () => {
    const s = example();
    expect(proposalInfo(s).submitters.map((x) => x.id)).toEqual(
      s.partners.filter((x) => x.member).map((x) => x.id),
    );
  });

  it("keep the partners' order and skip ids of removed partners", () => {
    const [a, b] = example().partners;
    const s = drive(example(), () => {
      p.setSubmitter(b!.id, true);
      p.setSubmitter(a!.id, true);
    });
    expect(s.proposal?.submitters?.indexOf(a!.id)).toBeLessThan(
      s.proposal?.submitters?.indexOf(b!.id) ?? -1,
    );
    s.proposal = { ...s.proposal, submitters: [...(s.proposal?.submitters ?? []), "verdwenen"] };
    expect(proposalInfo(s).submitters.map((x) => x.id)).not.toContain("verdwenen");
  });

  it("survive export and import, and a wrong type is refused with the field's path", () => {
    const s = drive(example(), () => p.setProposalText("penvoerder", "Stichting Oost"));
    const back = parseSession(JSON.parse(JSON.stringify(s)));
    expect(back.ok && back.session.proposal?.penvoerder).toBe("Stichting Oost");
    const bad = parseSession({ ...JSON.parse(JSON.stringify(s)), proposal: { contact: 12 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((x) => x.path)).toContain("proposal.contact");
  });
});
