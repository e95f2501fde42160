// A person starts a new conversation and types the po example into the wizard's input panels; the
// stored session then yields the expected figures (tests/fixtures/voorbeeld-po.expected.json), and
// the results page shows them. Ids come from the typed names, so figures are compared by position.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatEuro } from "../../src/lib/format.ts";
import { type Site, axeViolations, openSite } from "./harness.ts";
import { expectSameYears, wizard } from "./inputs-helpers.ts";

const expected = JSON.parse(
  readFileSync(new URL("../fixtures/voorbeeld-po.expected.json", import.meta.url), "utf8"),
) as {
  years: { year: string }[];
};

const AKKER_PABO_VOLTIJD = "Stichting Akker – Pabo Voorbeeld – Pabo voltijd";

describe("entering the po example through the input panels", () => {
  let site: Site;
  let page: Page;
  beforeAll(async () => {
    site = await openSite();
    page = await site.newPage();
    // Fail on a missing field with its name, well before the test timeout.
    page.setDefaultTimeout(8000);
  });
  afterAll(async () => {
    await site.close();
  });

  // The page exists only after beforeAll; these helpers look it up when called.
  const w = () => wizard(site, page);
  const step = (slug: string) => w().step(slug);
  const label = (name: string) => w().label(name);
  const confirm = (button: string, yes: string) => w().confirm(button, yes);
  const addLine = (caption: string, add: string, index: number, text: string, amount: string) =>
    w().addLine(caption, add, index, text, amount);

  it("starts a new conversation", async () => {
    await page.goto(site.url());
    await page.getByRole("button", { name: "Nieuw gesprek", exact: true }).first().click();
    await page.waitForURL(/gesprek\/partnerschap\/$/);
    await page.locator(".step-inputs section.panel").first().waitFor();
  });

  it("step 1: profile and partners", async () => {
    await step("partnerschap");
    await label("Naam van het partnerschap").fill("Opleidingsschool Voorbeeld Oost (po)");
    // Nothing is chosen for a new session: the sector is asked for first.
    expect(await label("Sector").inputValue()).toBe("");
    await page.getByText("Kies eerst de sector van het partnerschap.").waitFor();
    await label("Sector").selectOption("po");
    await label("Onderwijsregio").fill("Onderwijsregio Voorbeeld");
    await label("Vanaf welk schooljaar rekenen we?").selectOption("2025-2026");
    await label("Hoeveel schooljaren rekenen we door?").fill("3");
    await label("Hoeveel schooljaren rekenen we door?").press("Tab");
    await label("Voor welk schooljaar maken jullie het voorstel?").selectOption("2026-2027");
    await label("Datum van het gesprek").fill("2026-11-23");
    await label("Deelnemers").fill("Programmaleider\nBestuurders");
    for (const [name, schools] of [
      ["Stichting Akker", "14"],
      ["Stichting Beek", "9"],
    ] as const) {
      await label("Naam van een nieuw schoolbestuur").fill(name);
      await page.getByRole("button", { name: "Bestuur toevoegen" }).click();
      await label(`Aantal deelnemende scholen, ${name}`).fill(schools);
    }
    for (const name of ["Pabo Voorbeeld", "Pabo Elders"]) {
      await label("Naam van een nieuwe opleiding").fill(name);
      await page.getByRole("button", { name: "Opleiding toevoegen" }).click();
    }
    await label("lid, Pabo Elders").uncheck();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("step 3: the Twente preset as the norm", async () => {
    await step("kwaliteit");
    await page.getByLabel(/OidS Twente po/).check();
    await confirm("OidS Twente po toepassen", "Ja, toepassen");
    await page.getByText("Nu: Pabo voltijd, Pabo deeltijd, Pabo versneld traject.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("step 4: categories and rates", async () => {
    await step("facilitering");
    // Removing asks nothing; the undo notice offers to take it back.
    await page
      .getByRole("button", { name: "Categorie verwijderen Pabo versneld traject", exact: true })
      .click();
    await page.getByText("Categorie Pabo versneld traject verwijderd").waitFor();
    await label("Naam van een nieuwe categorie").fill("Minorstudent");
    await page.getByRole("button", { name: "Categorie toevoegen" }).click();
    await label("telt mee voor de subsidie, Minorstudent").uncheck();
    await label("Uren per student per jaar, werkplekbegeleider (WPB), Minorstudent").fill("20");
    await label("Uren per student per jaar, schoolopleider (SO), Minorstudent").fill("10");
    // No vo rates for a po partnership: the rates start empty and the step says what to enter.
    await page.getByText("Voor het po levert deze tool geen tarieven mee").waitFor();
    expect(await page.getByRole("button", { name: "Voorbeeldtarieven overnemen" }).count()).toBe(0);
    expect(await label("Uurtarief schoolopleider (SO)").inputValue()).toBe("");
    // WPB through the helper (folded until opened): GPL € 79.466,10 ÷ 1659 = € 47,90
    await w().openFold("Hulp: uurtarief uit de GPL");
    await label("Actuele GPL per jaar, werkplekbegeleider (WPB)").fill("€ 79.466,10");
    await page.getByRole("button", { name: "Gebruik als tarief werkplekbegeleider (WPB)" }).click();
    await label("Uurtarief schoolopleider (SO)").fill("50,3");
    await label("Uurtarief instituutsopleider (IO)").fill("58");
    await page.getByLabel(/gecontroleerd met de actuele GPL/).check();
    expect(await label("Uurtarief werkplekbegeleider (WPB)").inputValue()).toBe("47,90");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("step 5: placements and the two counts the calendar-year grants rest on", async () => {
    await step("studenten");
    // The rows in use, ticked from the lists in four goes (each go adds every new combination).
    const goes = [
      [["Stichting Akker", "Stichting Beek"], "Pabo Voorbeeld", "Pabo voltijd"],
      [["Stichting Beek"], "Pabo Voorbeeld", "Pabo deeltijd"],
      [["Stichting Akker"], "Pabo Elders", "Pabo voltijd"],
      [["Stichting Akker"], "Pabo Voorbeeld", "Minorstudent"],
    ] as const;
    for (const [boards, institute, category] of goes)
      await w().addRows(boards, institute, category);
    expect(await page.getByText("staat al in de tabel").count()).toBe(0);
    // All counts in one block, copied from a spreadsheet (tabs between cells, a line per row) and pasted in the first cell.
    const block = ["120\t130\t140", "80\t90\t95", "20\t30\t40", "10\t10\t12", "6\t8\t8"].join("\n");
    await page.evaluate((text) => navigator.clipboard.writeText(text), block);
    await label(`Studenten 2025-2026, ${AKKER_PABO_VOLTIJD}`).focus();
    await page.keyboard.press("Control+V");
    await page.getByText("15 vakken ingevuld uit het geplakte blok.").waitFor();
    expect(
      await label(
        `Studenten 2027-2028, Stichting Akker – Pabo Voorbeeld – Minorstudent`,
      ).inputValue(),
    ).toBe("8");
    // The grant of 2025 rests on 2023-2024, the grant of 2026 on 2024-2025: the first school year needs both.
    const missing = page.getByText(/De telling van 2023-2024 en 2024-2025 ontbreekt/);
    await expect(missing.isVisible()).resolves.toBe(true);
    await label("Getelde studenten 2023-2024").fill("190");
    await page.getByText(/De telling van 2024-2025 ontbreekt/).waitFor();
    await label("Getelde studenten 2024-2025").fill("205");
    await expect(page.getByText(/De telling van .* ontbreekt/).count()).resolves.toBe(0);
    // A typing error is marked at the field and not stored; correcting it stores the number.
    const cell = label(`Studenten 2027-2028, ${AKKER_PABO_VOLTIJD}`);
    await cell.fill("14o");
    expect(await cell.getAttribute("aria-invalid")).toBe("true");
    expect(
      await page
        .getByText(`Studenten 2027-2028, ${AKKER_PABO_VOLTIJD}: "14o" is geen getal`)
        .count(),
    ).toBe(1);
    await cell.fill("140");
    expect(await cell.getAttribute("aria-invalid")).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("step 6: overhead and fixed costs", async () => {
    await step("kosten");
    await addLine("Overhead", "Overheadpost toevoegen", 1, "Programmaleiding", "60.000");
    await addLine("Overhead", "Overheadpost toevoegen", 2, "Communicatie en website", "€ 5.000");
    await addLine(
      "Overhead",
      "Overheadpost toevoegen",
      3,
      "Organisatiekosten (opleidersdagen)",
      "10000",
    );
    await addLine(
      "Vaste kosten Stichting Akker",
      "Vaste kosten toevoegen voor Stichting Akker",
      1,
      "Coördinatie",
      "6.000",
    );
    await addLine(
      "Vaste kosten Stichting Akker",
      "Vaste kosten toevoegen voor Stichting Akker",
      2,
      "Professionalisering mentoren",
      "4.000,00",
    );
    await addLine(
      "Vaste kosten Stichting Beek",
      "Vaste kosten toevoegen voor Stichting Beek",
      1,
      "Coördinatie",
      "4000",
    );
    await addLine(
      "Vaste kosten Pabo Voorbeeld",
      "Vaste kosten toevoegen voor Pabo Voorbeeld",
      1,
      "Coördinatie",
      "8.000",
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it("step 7: regulation, distribution and commitments", async () => {
    await step("financiering");
    await page.getByLabel(/landelijk dekkend netwerk onderwijsregio's 2025/).check();
    await page.getByLabel("Eerst de overhead, de rest naar de partners").check();
    await page.getByLabel("Die van het jaar ervoor (T-1)").check();
    await page.getByLabel("Naar studenten").check();
    await label("Deel voor de schoolbesturen").fill("100");
    for (const [name, percent] of [
      ["Stichting Akker", "50"],
      ["Stichting Beek", "50 %"],
      ["Pabo Voorbeeld", "100"],
    ] as const) {
      await label(`Soort toezegging, ${name}`).selectOption("percent");
      await label(`Deel van eigen kosten, ${name}`).fill(percent);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it("step 10: benefits", async () => {
    await step("opbrengsten");
    expect(await page.getByText("getoond, nooit verrekend met de kosten").count()).toBe(1);
    await addLine(
      "Opbrengsten",
      "Opbrengst toevoegen",
      1,
      "Lagere wervingskosten (eigen afgestudeerden in dienst)",
      "20.000",
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it("the stored session gives the expected figures for every year", async () => {
    const { planYear, result } = await w().storedResult();
    expect(planYear).toBe("2026-2027");
    expect(result.years.map((y) => y.year)).toEqual(["2025-2026", "2026-2027", "2027-2028"]);
    expectSameYears(result, expected);
  });

  it("the results page shows the plan-year figures", async () => {
    const plan = expected.years.find((y) => y.year === "2026-2027") as unknown as {
      costs: { total: number };
      income: { subsidy: number };
    };
    await page.goto(site.url("resultaat/"));
    await page.locator("main table").first().waitFor();
    const text = (await page.locator("main").innerText()).replace(/\s/g, " ");
    expect(text).toContain(formatEuro(plan.costs.total).replace(/\s/g, " "));
    expect(text).toContain(formatEuro(plan.income.subsidy).replace(/\s/g, " "));
    expect(site.consoleErrors).toEqual([]);
    expect(site.foreignRequests).toEqual([]);
  });

  it("the placements grid scrolls inside its own box at 390 px", async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    await step("studenten");
    // Elements that stick out of the page (wide tables may scroll inside their .table-wrap).
    const sticking = await page.evaluate(() =>
      [...document.querySelectorAll("main *")]
        // (a visually hidden label is clipped to one pixel: it cannot make the page scroll)
        .filter(
          (el) =>
            el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 &&
            !el.closest(".table-wrap") &&
            !el.classList.contains("visually-hidden"),
        )
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    expect(sticking).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});
