/**
 * The length budget per step: document height in CSS pixels at 1280 × 720 with the po example
 * (content/examples/voorbeeld-po.json), measured by tests/browser/stepHeights.ts. The aim is about
 * two screens (TWO_SCREENS); a step that still needs more carries its own figure (reached, plus a
 * margin of 50 px for font rendering) and the reason. Lower a figure when a step gets shorter.
 */
const TWO_SCREENS = 1450;

export const STEP_HEIGHT_BUDGET: Readonly<Record<string, number>> = {
  partnerschap: 2680,
  doelen: TWO_SCREENS,
  kwaliteit: 2550,
  facilitering: 3310,
  studenten: 2670,
  kosten: 2470,
  financiering: 3660,
  groei: 2800,
  "niet-gesubsidieerd": 1750,
  opbrengsten: 1670,
  onderwijsregio: 1780,
  voorstel: 2160,
};
