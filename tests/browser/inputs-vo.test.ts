// A person starts a new conversation, begins with an empty norm and types the vo example into the
// input panels: group and stage-day hours, per-school hours, a top slice, amounts as commitments and
// other income. The stored session then gives tests/fixtures/voorbeeld-vo.expected.json.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, axeViolations, openSite } from "./harness.ts";
import { expectSameYears, wizard } from "./inputs-helpers.ts";

const expected = JSON.parse(
  readFileSync(new URL("../fixtures/voorbeeld-vo.expected.json", import.meta.url), "utf8"),
) as { years: unknown[]; warnings: string[] };

const GROUP = "hbo leerjaar 1, groepsplaatsing";
const FLEX = "Flexibel traject (minor, module)";
/** name, hours per student WPB / SO / IO */
const CATEGORIES = [
  ["hbo leerjaar 2 en 3", "36", "24", "10"],
  ["Master wo (DIO)", "36", "24", "10"],
  [GROUP, "0", "5,5", "4"],
  ["hbo leerjaar 4 (LIO)", "36", "14", "8"],
  ["Zij-instromer", "36", "4", "6"],
  [FLEX, "0", "0", "0"],
] as const;
const LYCEUM = "Scholengroep Lyceum";
const COLLEGE = "Stichting College";
const HS = "Hogeschool Voorbeeld";
const ULO = "Universiteit Voorbeeld (ULO)";
/** The example's four school years. */
const YEARS = ["2024-2025", "2025-2026", "2026-2027", "2027-2028"] as const;
/** board, institute, category, students per school year of YEARS */
const PLACEMENTS = [
  [LYCEUM, HS, "hbo leerjaar 2 en 3", ["40", "44", "47", "49"]],
  [LYCEUM, ULO, "Master wo (DIO)", ["12", "15", "18", "20"]],
  [LYCEUM, HS, GROUP, ["25", "30", "33", "35"]],
  [LYCEUM, HS, "hbo leerjaar 4 (LIO)", ["6", "8", "11", "13"]],
  [COLLEGE, HS, "hbo leerjaar 2 en 3", ["28", "30", "33", "35"]],
  [COLLEGE, HS, "Zij-instromer", ["9", "12", "15", "17"]],
  [COLLEGE, ULO, FLEX, ["10", "14", "17", "19"]],
] as const;

describe("entering the vo example through the input panels", () => {
  let site: Site;
  let page: Page;
  beforeAll(async () => {
    site = await openSite();
    page = await site.newPage();
    page.setDefaultTimeout(8000);
  });
  afterAll(async () => {
    await site.close();
  });
  const w = () => wizard(site, page);
  const label = (name: string) => w().label(name);
  const hours = (kind: string, role: string, owner: string) => label(`${kind}, ${role}, ${owner}`);

  it("profile and partners", async () => {
    await page.goto(site.url());
    await page.getByRole("button", { name: "Nieuw gesprek", exact: true }).first().click();
    await page.waitForURL(/gesprek\/partnerschap\/$/);
    await w().step("partnerschap");
    // A new session has no sector: the list asks for one, and nothing is silently vo.
    expect(await label("Sector").inputValue()).toBe("");
    await label("Sector").selectOption("vo");
    await label("Naam van het partnerschap").fill("Opleidingsschool Voorbeeld West (vo)");
    await label("Onderwijsregio").fill("Onderwijsregio Voorbeeld West");
    await label("Vanaf welk schooljaar rekenen we?").selectOption("2024-2025");
    await label("Hoeveel schooljaren rekenen we door?").fill("4");
    await label("Hoeveel schooljaren rekenen we door?").press("Tab");
    await label("Voor welk schooljaar maken jullie het voorstel?").selectOption("2026-2027");
    for (const [name, schools] of [
      [LYCEUM, "4"],
      [COLLEGE, "3"],
    ] as const) {
      await label("Naam van een nieuw schoolbestuur").fill(name);
      await page.getByRole("button", { name: "Bestuur toevoegen" }).click();
      await label(`Aantal deelnemende scholen, ${name}`).fill(schools);
    }
    for (const name of [HS, ULO]) {
      await label("Naam van een nieuwe opleiding").fill(name);
      await page.getByRole("button", { name: "Opleiding toevoegen" }).click();
    }
  });

  it("an empty norm, then own categories with group and stage-day hours", async () => {
    await w().step("kwaliteit");
    await page.getByLabel("Leeg: we stellen onze eigen norm op").check();
    await w().confirm("Leeg beginnen", "Ja, toepassen");
    await w().step("facilitering");
    await label("Uren per deelnemende school per jaar (schoolbesturen), schoolopleider (SO)").fill(
      "342",
    );
    for (const [name, wpb, so, io] of CATEGORIES) {
      await label("Naam van een nieuwe categorie").fill(name);
      await page.getByRole("button", { name: "Categorie toevoegen" }).click();
      await hours("Uren per student per jaar", "werkplekbegeleider (WPB)", name).fill(wpb);
      await hours("Uren per student per jaar", "schoolopleider (SO)", name).fill(so);
      await hours("Uren per student per jaar", "instituutsopleider (IO)", name).fill(io);
    }
    await label(`Verdeelgewicht per student, ${GROUP}`).fill("0,5");
    await label(`ook uren per groep studenten, ${GROUP}`).check();
    await label(`Studenten per groep, ${GROUP}`).fill("12");
    await hours("Uren per groep per jaar", "schoolopleider (SO)", GROUP).fill("53");
    await label(`telt mee voor de subsidie, ${FLEX}`).uncheck();
    await label(`ook uren per stagedag (met maximum per student), ${FLEX}`).check();
    await hours("Uren per stagedag", "werkplekbegeleider (WPB)", FLEX).fill("0,5");
    await hours("Uren per stagedag", "schoolopleider (SO)", FLEX).fill("0,3");
    await hours(
      "Maximum uren per student per jaar (leeg = geen maximum)",
      "werkplekbegeleider (WPB)",
      FLEX,
    ).fill("36");
    await hours(
      "Maximum uren per student per jaar (leeg = geen maximum)",
      "schoolopleider (SO)",
      FLEX,
    ).fill("24");
    // A vo partnership is offered the vo GPL example; it fills every role, and stays unconfirmed.
    await page.getByRole("button", { name: "Voorbeeldtarieven overnemen" }).click();
    expect(await label("Uurtarief werkplekbegeleider (WPB)").inputValue()).toBe("52,44");
    expect(await page.getByLabel(/gecontroleerd met de actuele GPL/).isChecked()).toBe(false);
    await label("Uurtarief schoolopleider (SO)").fill("56,57");
    await label("Uurtarief instituutsopleider (IO)").fill("60,00");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("placements, stage days and the two counts the first year's grants rest on", async () => {
    await w().step("studenten");
    for (const [board, institute, category, counts] of PLACEMENTS) {
      await w().addRows([board], institute, category);
      for (const [i, year] of YEARS.entries())
        await label(`Studenten ${year}, ${board} – ${institute} – ${category}`).fill(counts[i]!);
    }
    await label(`Stagedagen per student per jaar, ${COLLEGE} – ${ULO} – ${FLEX}`).fill("40");
    // Calendar-year grants: 2024 rests on 2022-2023, 2025 on 2023-2024.
    await label("Getelde studenten 2022-2023").fill("105");
    await label("Getelde studenten 2023-2024").fill("112");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("overhead and fixed costs", async () => {
    await w().step("kosten");
    const overhead = [
      ["Programmaleiding", "85.000"],
      ["Stagecoördinatie", "20.000"],
      ["Communicatie", "6.000"],
      ["Kwaliteitszorg", "9.000"],
    ] as const;
    for (const [i, [text, amount]] of overhead.entries())
      await w().addLine("Overhead", "Overheadpost toevoegen", i + 1, text, amount);
    for (const [partner, text, amount] of [
      [LYCEUM, "Professionalisering", "7.500"],
      [COLLEGE, "Professionalisering", "5.000"],
      [HS, "Coördinatie", "15.000"],
    ] as const) {
      await w().addLine(
        `Vaste kosten ${partner}`,
        `Vaste kosten toevoegen voor ${partner}`,
        1,
        text,
        amount,
      );
    }
  });

  it("regulation, top slice, other income and commitments", async () => {
    await w().step("financiering");
    // 2024-2025 on the 2024 regulation (€ 955), from 2025-2026 on the 2025 one (€ 1 250).
    await page.getByLabel(/Regeling Onderwijsregio's 2024/).check();
    await w().openFold("Verandert de regeling in de loop van de jaren?");
    await page.getByRole("button", { name: "Wijziging van de regeling toevoegen" }).click();
    await page.getByText(/Geldt vanaf 2025-2026: €\s1\.250 per student/).waitFor();
    await page.getByLabel("Een vast bedrag per student blijft voor de overhead").check();
    await label("Ingehouden bedrag per student voor de overhead").fill("150");
    await label("Deel voor de schoolbesturen").fill("80 %");
    await w().addLine(
      "Andere inkomsten",
      "Inkomstenpost toevoegen",
      1,
      "Regionale middelen (RAP)",
      "€ 15.000",
    );
    for (const [name, amount] of [
      [LYCEUM, "120.000"],
      [COLLEGE, "90.000"],
    ] as const) {
      await label(`Soort toezegging, ${name}`).selectOption("amount");
      await label(`Bedrag per jaar, ${name}`).fill(amount);
    }
    for (const name of [HS, ULO]) {
      await label(`Soort toezegging, ${name}`).selectOption("percent");
      await label(`Deel van eigen kosten, ${name}`).fill("100");
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it("the stored session gives the expected figures", async () => {
    const { planYear, result } = await w().storedResult();
    expect(planYear).toBe("2026-2027");
    expect(result.warnings).toEqual(expected.warnings);
    expectSameYears(result, expected);
    expect(site.consoleErrors).toEqual([]);
    expect(site.foreignRequests).toEqual([]);
  });
});
