/**
 * View models of the results, shared by the /resultaat/ page and the PDF proposal. Pure TypeScript:
 * (session, result, year) → tables and charts with Dutch labels and formatted cells.
 */
export * from "./types.ts";
export { budgetTable, lagLabel, subsidyExplanation } from "./budget.ts";
export { commitmentBasis, partnerNotes, partnerTable } from "./partners.ts";
export { multiYearTable } from "./multiYear.ts";
export { boardStudentsTable, placementTable } from "./placements.ts";
export { calendarYearTable } from "./calendarYears.ts";
export { categoryCostTable } from "./categories.ts";
export {
  type NotCountedPlacement,
  benefitsTable,
  nonSubsidisedReasons,
  nonSubsidisedTable,
  notCountedPlacements,
} from "./apart.ts";
export { ownInvestmentPerPartner } from "./charts.ts";
export { keyFigures } from "./keyFigures.ts";
export {
  type MoneyStory,
  type StoryFigure,
  type StoryKey,
  STORY_LABELS,
  moneyStories,
  moneyStory,
  storyCents,
  storyOf,
} from "./story.ts";
export { storyChart, storyTable, yearHeading } from "./storyViews.ts";
export {
  type ActionableWarning,
  type FieldRef,
  FIELD_ANCHORS,
  actionableWarning,
  actionableWarnings,
  summaryWarnings,
  warningText,
} from "./warnings.ts";
export { ECBO_2021, costPerStudentTable, rangeVerdict } from "./benchmark.ts";
export { type Benchmark, benchmarkSchema } from "./benchmarkSchema.ts";
export { ROLE_NAMES, fteOf, partnerWorkloadTable, workloadTable } from "./workload.ts";
export { regulationOnlyTable } from "./regulationOnly.ts";
export {
  averageEuros,
  shownParts,
  toCents,
  wholeEuroParts,
  wholeEuroPartsOf,
  wholeEuros,
  wholeEurosPer,
} from "./wholeEuros.ts";
export {
  type ProblemItem,
  type StepRef,
  isEmptySession,
  problemItems,
  stepForPath,
} from "./problems.ts";
export {
  categoryName,
  categoryNameOf,
  kindLabel,
  numberColumn,
  partnerName,
  partnerNameOf,
  sumEuros,
  takesPartIn,
  textColumn,
  valuesRow,
  yearResult,
} from "./common.ts";
