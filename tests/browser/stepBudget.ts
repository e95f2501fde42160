/**
 * The length budget per step: document height in CSS pixels at 1280 × 720 with the po example
 * (content/examples/voorbeeld-po.json), measured by tests/browser/stepHeights.ts. The aim is about
 * two screens (TWO_SCREENS); a step that still needs more carries its own figure (reached, plus a
 * margin of 50 px for font rendering) and the reason. Lower a figure when a step gets shorter.
 */
const TWO_SCREENS = 1450;

export const STEP_HEIGHT_BUDGET: Readonly<Record<string, number>> = {
  partnerschap: 2820,
  doelen: TWO_SCREENS,
  kwaliteit: 2550,
  facilitering: 3420,
  studenten: 2800,
  kosten: 2600,
  financiering: 3800,
  groei: 2850,
  "niet-gesubsidieerd": 1830,
  opbrengsten: 1670,
  onderwijsregio: 1840,
  voorstel: 2200,
};
