// @vitest-environment happy-dom
// The HTML renderer of the document model: headings at the prepared levels with their anchors, links
// to those anchors, real tables with column and row headers, user text as text, the chart as an image.
import { cleanup, render } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import DocBlocks from "../../../src/components/proposal/DocBlocks.svelte";
import { htmlBlocks } from "../../../src/document/html.ts";
import { proposalDocument } from "../../../src/document/proposal.ts";
import { computeResult } from "../../../src/engine/index.ts";
import { example } from "../../report/helpers.ts";

/** One card with the question the test answers (tests/pdf/helpers.ts reads files by URL, which happy-dom does not give). */
const CARDS = [
  {
    step: 1,
    slug: "partnerschap",
    title: "Partnerschap",
    inputs: ["profile"],
    questions: [{ id: "wie-zijn-wij", text: "Wie zijn wij?" }],
  },
];
const OPTIONS = { final: false, date: new Date(2026, 10, 23), toolVersion: "1" };

afterEach(cleanup);

describe("DocBlocks with the po proposal", () => {
  const { session } = example("po");
  session.answers = { "wie-zijn-wij": { notes: "", agreements: "<b>blijft tekst</b>", open: "" } };
  const doc = proposalDocument(session, computeResult(session), CARDS, OPTIONS);
  const blocks = htmlBlocks(doc.blocks, 3, "voorstel");

  it("renders chapters at the given level with their anchors, and links that reach them", () => {
    const { container } = render(DocBlocks, { props: { blocks } });
    expect(container.querySelector("h3")?.textContent).toBe("Voorstel financiering 2026-2027");
    const target = container.querySelector("#voorstel-hoofdstuk-2");
    expect(target?.closest("h3")?.textContent).toBe("2  Kwaliteit: de minimale facilitering");
    const links = [...container.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(links).toContain("#voorstel-hoofdstuk-2");
    for (const href of links) expect(container.querySelector(href!)).not.toBeNull();
  });

  it("renders tables with column headers, user text as text, and the chart as an image with its alternative text", () => {
    const { container } = render(DocBlocks, { props: { blocks } });
    expect(container.querySelectorAll("table").length).toBeGreaterThan(8);
    expect(container.querySelector('th[scope="col"]')).not.toBeNull();
    expect(container.textContent).toContain("<b>blijft tekst</b>");
    expect(container.querySelector("b")).toBeNull();
    const img = container.querySelector("img.doc-chart");
    expect(img?.getAttribute("alt")).toBeTruthy();
  });
});
