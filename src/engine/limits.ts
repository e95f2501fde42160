/**
 * The largest values a session may hold: the schema refuses anything beyond them when a file is
 * read, and the input fields refuse it where it is typed, with the same numbers. They lie far
 * above any real partnership (the largest Dutch partnerships have some tens of partners and a few
 * hundred students a year) and are chosen so that the largest allowed session still computes,
 * renders and prints in reasonable time (measured with `npm run bench -- limits`).
 */

/** Highest amount, rate, hour figure, weight or number of stage days in one field: one billion. */
export const MAX_AMOUNT = 1_000_000_000;
/** Highest count of students, schools or groups in one field. */
export const MAX_COUNT = 100_000;
/** Longest name or label (partnership, partner, category, cost line, region, norm). */
export const MAX_NAME_LENGTH = 120;
/** Longest free text (an answer field, the participants): about two printed pages. */
export const MAX_TEXT_LENGTH = 6_000;
/** Longest id (partners, categories, questions). */
export const MAX_ID_LENGTH = 100;
/** Most partners (boards and institutes together). */
export const MAX_PARTNERS = 150;
/** Most student categories. */
export const MAX_CATEGORIES = 20;
/** Most placement rows (board × institute × category). */
export const MAX_PLACEMENTS = 600;
/** Most school years in one session (a new session has about six). */
export const MAX_YEARS = 12;
/** Most lines in one list of amounts (overhead, fixed costs of a partner, other income, benefits). */
export const MAX_LINES = 50;
/** Most answered questions (the card deck has 67; room for questions of a later deck). */
export const MAX_ANSWERS = 100;

const amountFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
/** "mag hoogstens 1.000.000.000 zijn": the message of every numeric maximum. */
export const atMost = (max: number): string => `mag hoogstens ${amountFormat.format(max)} zijn`;
/** "mag hoogstens 200 tekens lang zijn" */
export const atMostChars = (max: number): string =>
  `mag hoogstens ${amountFormat.format(max)} tekens lang zijn`;
/** "mag hoogstens 200 elementen bevatten" */
export const atMostItems = (max: number, what: string): string =>
  `mag hoogstens ${amountFormat.format(max)} ${what} bevatten`;
