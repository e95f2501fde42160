// @vitest-environment happy-dom
// Following a value from elsewhere without moving the caret of someone who is typing.
import { describe, expect, it } from "vitest";
import { movedCaret, syncField } from "../../../src/components/wizard/syncField.ts";

describe.each([
  { before: "abcdef", after: "abcdefXYZ", caret: 3, expected: 3 }, // text added after the caret
  { before: "abcdef", after: "XYabcdef", caret: 3, expected: 5 }, // text added before the caret
  { before: "abcdef", after: "adef", caret: 5, expected: 3 }, // text removed before the caret
  { before: "abcdef", after: "abXXXef", caret: 3, expected: 5 }, // caret inside a replaced part: end of the new part
  { before: "abc", after: "abc", caret: 2, expected: 2 }, // nothing changed
  { before: "", after: "hallo", caret: 0, expected: 0 }, // empty field filled from elsewhere
  { before: "aaa", after: "aaaa", caret: 3, expected: 3 }, // repeated letters: read as appended after the caret
])("movedCaret('$before' → '$after', $caret)", ({ before, after, caret, expected }) => {
  it(`is ${expected}`, () => expect(movedCaret(before, after, caret)).toBe(expected));
});

describe("syncField", () => {
  it("keeps the selection of the focused field", () => {
    const field = document.createElement("textarea");
    document.body.append(field);
    field.value = "Vanuit tab A";
    field.focus();
    field.setSelectionRange(6, 6);
    syncField(field, "Vanuit tab A, aangevuld");
    expect(field.value).toBe("Vanuit tab A, aangevuld");
    expect([field.selectionStart, field.selectionEnd]).toEqual([6, 6]);
    field.remove();
  });

  it("leaves a field that already shows the value alone", () => {
    const field = document.createElement("textarea");
    field.value = "gelijk";
    let writes = 0;
    const original = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value");
    Object.defineProperty(field, "value", {
      get: () => original?.get?.call(field),
      set: (v: string) => {
        writes += 1;
        original?.set?.call(field, v);
      },
    });
    syncField(field, "gelijk");
    expect(writes).toBe(0);
  });
});
