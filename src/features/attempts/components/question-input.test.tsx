// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { LearnerQuestion } from "@/features/attempts/lib/present";
import { QuestionInput } from "./question-input";
import { QuestionNavigator } from "./question-navigator";
import type { Draft } from "./answer-draft";

afterEach(cleanup);

const options = [
  { id: "c", text: "20" },
  { id: "a", text: "60" },
  { id: "b", text: "12" },
];

function renderInput(question: LearnerQuestion, draft: Draft, disabled = false) {
  const onChange = vi.fn();
  render(<QuestionInput slot={4} question={question} draft={draft} disabled={disabled} describedBy="stem-4 status-4" onChange={onChange} onBlur={() => {}} />);
  return onChange;
}

describe("QuestionInput", () => {
  it("groups single-choice options in a fieldset with a legend and picks one", () => {
    const onChange = renderInput({ type: "single_choice", stem: "?", stemHtml: "<p>?</p>", options }, { type: "single_choice", optionId: null });
    const group = screen.getByRole("group", { name: "Your answer (choose one)" });
    expect(group.getAttribute("aria-describedby")).toBe("stem-4 status-4");
    fireEvent.click(screen.getByRole("radio", { name: "60" }));
    expect(onChange).toHaveBeenCalledWith({ type: "single_choice", optionId: "a" });
  });

  it("toggles multiple-choice options in the order they are shown", () => {
    const onChange = renderInput({ type: "multiple_choice", stem: "?", stemHtml: "<p>?</p>", options }, { type: "multiple_choice", optionIds: ["b"] });
    expect(screen.getByRole("group", { name: "Your answer (choose all that apply)" })).toBeTruthy();
    expect((screen.getByRole("checkbox", { name: "12" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: "20" }));
    expect(onChange).toHaveBeenCalledWith({ type: "multiple_choice", optionIds: ["c", "b"] });
  });

  it("offers True and False", () => {
    const onChange = renderInput({ type: "true_false", stem: "?", stemHtml: "<p>?</p>" }, { type: "true_false", value: null });
    fireEvent.click(screen.getByRole("radio", { name: "False" }));
    expect(onChange).toHaveBeenCalledWith({ type: "true_false", value: false });
  });

  it("labels the number box, shows the unit and passes the text as typed", () => {
    const onChange = renderInput({ type: "numeric", stem: "?", stemHtml: "<p>?</p>", unit: "kg" }, { type: "numeric", text: "" });
    const box = screen.getByRole("textbox", { name: "Your answer" });
    expect(box.getAttribute("inputmode")).toBe("decimal");
    expect(screen.getByText("kg")).toBeTruthy();
    fireEvent.change(box, { target: { value: "1,5" } });
    expect(onChange).toHaveBeenCalledWith({ type: "numeric", text: "1,5" });
  });

  it("counts essay characters against the limit", () => {
    renderInput({ type: "essay", stem: "?", stemHtml: "<p>?</p>", maxLength: 1_000, rubric: [{ criterion: "Reasoning", description: "", points: 2 }] }, { type: "essay", text: "x".repeat(850) });
    const box = screen.getByRole("textbox", { name: "Your answer" });
    expect(box.getAttribute("maxlength")).toBe("1000");
    expect(screen.getByText(/850 \/ 1,000 characters — 150 left/)).toBeTruthy();
    expect(box.getAttribute("aria-describedby")).toContain("answer-4-count");
  });

  it("disables the options of a locked question", () => {
    renderInput({ type: "single_choice", stem: "?", stemHtml: "<p>?</p>", options }, { type: "single_choice", optionId: "a" }, true);
    expect((screen.getByRole("group") as HTMLFieldSetElement).disabled).toBe(true);
  });
});

describe("QuestionNavigator", () => {
  const items = [
    { slot: 1, answered: true, problem: false },
    { slot: 2, answered: false, problem: false },
    { slot: 3, answered: true, problem: true },
  ];

  it("says in words which questions are answered, and marks the current one", () => {
    const onSelect = vi.fn();
    render(<QuestionNavigator items={items} current={1} onSelect={onSelect} />);
    expect(screen.getByRole("button", { name: "Question 1, answered" })).toBeTruthy();
    const current = screen.getByRole("button", { name: "Question 2, not answered" });
    expect(current.getAttribute("aria-current")).toBe("step");
    fireEvent.click(screen.getByRole("button", { name: "Question 3, answered, not saved" }));
    expect(onSelect).toHaveBeenCalledWith(2);
    expect(screen.getByText(/2 of 3 answered/)).toBeTruthy();
  });
});
