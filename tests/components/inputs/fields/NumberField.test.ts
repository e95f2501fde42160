// @vitest-environment happy-dom
// NumberField: Dutch notation in, Dutch notation out, bad input marked at the field and never stored.
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import NumberField from "../../../../src/components/inputs/fields/NumberField.svelte";

afterEach(cleanup);

function setup(props: Record<string, unknown> = {}) {
  const onchange = vi.fn();
  render(NumberField, { props: { label: "Uurtarief WPB", value: 0, onchange, ...props } });
  const input = screen.getByLabelText<HTMLInputElement>("Uurtarief WPB");
  return { input, onchange };
}

describe.each([
  { typed: "52,44", stored: 52.44 }, // decimal comma
  { typed: "1.250", stored: 1250 }, // thousands dot
  { typed: "€ 1.250,00", stored: 1250 }, // euro sign and cents
  { typed: "60", stored: 60 }, // plain
  { typed: "52.5", stored: 52.5 }, // English decimal point pasted
])("typing '$typed'", ({ typed, stored }) => {
  it(`stores ${stored} and marks nothing`, async () => {
    const { input, onchange } = setup();
    await fireEvent.input(input, { target: { value: typed } });
    expect(onchange).toHaveBeenLastCalledWith(stored);
    expect(input.getAttribute("aria-invalid")).toBeNull();
  });
});

describe.each([
  { typed: "abc", message: /Uurtarief WPB: "abc" is geen getal/ }, // not a number
  { typed: "-5", message: /Uurtarief WPB: Een negatief getal kan hier niet/ }, // negative
  { typed: "", message: /Uurtarief WPB: Vul een getal in/ }, // empty in a required field
  { typed: "12,5", message: /geheel getal/, props: { integer: true } }, // fraction in a count
  { typed: "150", message: /hoogstens 100/, props: { percent: true, max: 100 } }, // above the maximum
])("typing '$typed'", ({ typed, message, props }) => {
  it("marks the field, names it in the message, keeps the text and stores nothing", async () => {
    const { input, onchange } = setup(props);
    await fireEvent.input(input, { target: { value: typed } });
    expect(onchange).not.toHaveBeenCalled();
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const describedBy = input.getAttribute("aria-describedby") ?? "";
    const error = document.getElementById(describedBy.split(" ")[0] ?? "");
    expect(error?.textContent).toMatch(message);
    await fireEvent.blur(input);
    expect(input.value).toBe(typed);
    expect(input.getAttribute("aria-invalid")).toBe("true");
  });
});

describe("display", () => {
  it("shows the stored value in Dutch notation when not edited", () => {
    const { input } = setup({ value: 1250.5 });
    expect(input.value).toBe("1.250,5");
  });
  it.each([
    // cents in a euro field show both digits
    { value: 47.9, shown: "47,90" },
    // thousands and cents
    { value: 1250.5, shown: "1.250,50" },
    // whole euros stay whole
    { value: 20000, shown: "20.000" },
  ])("a € field shows $value as '$shown'", ({ value, shown }) => {
    const { input } = setup({ value, prefix: "€" });
    expect(input.value).toBe(shown);
  });
  it("re-formats after a valid edit when the field loses focus", async () => {
    const onchange = vi.fn();
    const { rerender } = render(NumberField, { props: { label: "Bedrag", value: 0, onchange } });
    const input = screen.getByLabelText<HTMLInputElement>("Bedrag");
    await fireEvent.input(input, { target: { value: "€ 6000" } });
    await rerender({ label: "Bedrag", value: 6000, onchange });
    await fireEvent.blur(input);
    expect(input.value).toBe("6.000");
  });
  it("shows a fraction as a percentage and stores the fraction", async () => {
    const { input, onchange } = setup({ value: 0.5, percent: true });
    expect(input.value).toBe("50");
    await fireEvent.input(input, { target: { value: "3 %" } });
    expect(onchange).toHaveBeenLastCalledWith(0.03);
  });
  it("an optional field stores undefined when cleared", async () => {
    const { input, onchange } = setup({ optional: true });
    await fireEvent.input(input, { target: { value: " " } });
    expect(onchange).toHaveBeenLastCalledWith(undefined);
    expect(input.getAttribute("aria-invalid")).toBeNull();
  });
  it("a recovered field drops its mark", async () => {
    const { input, onchange } = setup();
    await fireEvent.input(input, { target: { value: "5x" } });
    await fireEvent.input(input, { target: { value: "5" } });
    expect(input.getAttribute("aria-invalid")).toBeNull();
    expect(onchange).toHaveBeenCalledWith(5);
  });
});

describe("lazy field", () => {
  it("stores only when the field is left, so in-between values do no harm", async () => {
    const { input, onchange } = setup({ lazy: true, integer: true });
    await fireEvent.input(input, { target: { value: "1" } });
    await fireEvent.input(input, { target: { value: "12" } });
    expect(onchange).not.toHaveBeenCalled();
    await fireEvent.change(input);
    expect(onchange).toHaveBeenCalledTimes(1);
    expect(onchange).toHaveBeenLastCalledWith(12);
  });
});
