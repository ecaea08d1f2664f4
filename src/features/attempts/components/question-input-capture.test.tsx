// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { QuestionInput } from "./question-input";

const fetchMock = vi.fn<typeof fetch>();
vi.stubGlobal("fetch", fetchMock);
afterEach(() => {
  cleanup();
  fetchMock.mockReset();
});

const essay = { type: "essay" as const, stem: "?", stemHtml: "<p>?</p>", maxLength: 1_000, rubric: [] };

describe("QuestionInput with photo and voice answers", () => {
  it("adds a confirmed transcript to an essay on a new paragraph", async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ text: "Second thought.", legible: true, kind: "image" }), { status: 200 }));
    const onChange = vi.fn();
    render(<QuestionInput slot={1} question={essay} draft={{ type: "essay", text: "First thought." }} disabled={false} describedBy="s" onChange={onChange} onBlur={() => {}} aiEnabled />);
    fireEvent.change(screen.getByLabelText("Answer from a photo"), { target: { files: [new File(["x"], "a.png", { type: "image/png" })] } });
    fireEvent.click(await screen.findByRole("button", { name: "Use this text" }));
    fireEvent.click(screen.getByRole("button", { name: "Add to my answer" }));
    expect(onChange).toHaveBeenCalledWith({ type: "essay", text: "First thought.\n\nSecond thought." });
  });

  it("offers no capture where the caller does not ask for it (practice, review)", () => {
    render(<QuestionInput slot={1} question={essay} draft={{ type: "essay", text: "" }} disabled={false} describedBy="s" onChange={() => {}} onBlur={() => {}} />);
    expect(screen.queryByLabelText("Answer from a photo")).toBeNull();
    expect(screen.queryByText(/need AI/)).toBeNull();
  });
});
