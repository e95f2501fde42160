/**
 * The length budget per step (document height in CSS pixels at 1280 × 720 with the po example):
 * about two screens. A step above the common budget carries its own figure and the reason.
 */
const TWO_SCREENS = 1450;

export const STEP_HEIGHT_BUDGET: Readonly<Record<string, number>> = {
  partnerschap: TWO_SCREENS,
  doelen: TWO_SCREENS,
  kwaliteit: TWO_SCREENS,
  facilitering: TWO_SCREENS,
  studenten: TWO_SCREENS,
  kosten: TWO_SCREENS,
  financiering: TWO_SCREENS,
  groei: TWO_SCREENS,
  "niet-gesubsidieerd": TWO_SCREENS,
  opbrengsten: TWO_SCREENS,
  onderwijsregio: TWO_SCREENS,
  voorstel: TWO_SCREENS,
};
