/**
 * Brings a text field in line with a value that changed elsewhere (another tab, an import) without
 * disturbing someone who is typing: the caret stays at the same place in the text around it.
 */

/** How long after the last keystroke a field takes another window's text for itself again. */
export const TYPING_PAUSE_MS = 800;

/** Where the caret should go after `before` became `after`: shifted by what changed in front of it. */
export function movedCaret(before: string, after: string, caret: number): number {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start])
    start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore -= 1;
    endAfter -= 1;
  }
  if (caret <= start) return caret;
  if (caret >= endBefore) return caret + (after.length - before.length);
  // The caret sat inside the replaced part: put it at the end of the new text there.
  return endAfter;
}

/** Writes `value` into the field when it differs, keeping the selection of a focused field. */
export function syncField(field: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const current = field.value;
  if (current === value) return;
  const focused = field.ownerDocument.activeElement === field;
  const start = field.selectionStart ?? current.length;
  const end = field.selectionEnd ?? current.length;
  field.value = value;
  if (focused)
    field.setSelectionRange(movedCaret(current, value, start), movedCaret(current, value, end));
}
