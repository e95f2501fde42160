/**
 * The length budget per step: document height in CSS pixels at 1280 × 720 with the po example
 * (content/examples/voorbeeld-po.json), measured by tests/browser/stepHeights.ts. The aim is about
 * two screens (TWO_SCREENS); a step that still needs more carries its own figure (reached, plus a
 * margin of 50 px for font rendering) and the reason. Lower a figure when a step gets shorter.
 */
const TWO_SCREENS = 1450;

// Why most steps are above TWO_SCREENS: the page around a step (menu, stepper, title, question,
// "Achtergrond en bronnen", previous/next, the key-figures bar and the footer) takes ≈ 720 px, and
// every question with its three answer fields ≈ 110 px; a step with inputs and 5–8 questions cannot
// fit in 1 450 px without folding the answer fields themselves (not done: the scribe types there).

export const STEP_HEIGHT_BUDGET: Readonly<Record<string, number>> = {
  partnerschap: 2680,
  doelen: TWO_SCREENS,
  kwaliteit: 2530,
  facilitering: 3310,
  studenten: 2670,
  kosten: 2470,
  financiering: 3550,
  groei: 2640,
  "niet-gesubsidieerd": 1750,
  opbrengsten: 1670,
  onderwijsregio: 1780,
  voorstel: 2160,
};
