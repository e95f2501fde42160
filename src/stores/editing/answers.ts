/** Actions on the answers to the questions beyond typing in them: who and when, and clearing a field. */
import type { Answer } from "../../engine/index.ts";
import { sessionStore, updateSession } from "../session.ts";
import { recordRemoval } from "../undo.ts";

/** The three text fields of an answer. */
export type AnswerField = "notes" | "agreements" | "open";
/** The owner and date fields of agreements and open points. */
export type AnswerDetail = "agreementsOwner" | "agreementsDue" | "openOwner" | "openDue";

const EMPTY: Answer = { notes: "", agreements: "", open: "" };

/** Action: who takes an agreement or open point on, or by when (empty text removes it). */
export function setAnswerDetail(questionId: string, key: AnswerDetail, text: string): void {
  updateSession((d) => {
    const answer = { ...EMPTY, ...d.answers[questionId] };
    if (text.trim() === "") delete answer[key];
    else answer[key] = text;
    d.answers[questionId] = answer;
  });
}

/** Action: empties one answer field; `what` names it in the undo notice ("Notities bij vraag 3.2"). */
export function clearAnswer(questionId: string, field: AnswerField, what: string): void {
  const text = sessionStore.get().answers[questionId]?.[field] ?? "";
  if (text === "") return;
  updateSession(
    (d) => void (d.answers[questionId] = { ...EMPTY, ...d.answers[questionId], [field]: "" }),
  );
  recordRemoval(`${what} gewist`, (d) => {
    const answer = { ...EMPTY, ...d.answers[questionId] };
    // Text typed since the clearing stays; the old text comes back in front of it.
    answer[field] = answer[field] === "" ? text : `${text}\n${answer[field]}`;
    d.answers[questionId] = answer;
  });
}
