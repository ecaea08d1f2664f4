// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

const mocks = vi.hoisted(() => ({ approve: vi.fn(), reject: vi.fn() }));
vi.mock("../actions", () => ({ approveDraftAction: mocks.approve, rejectDraftAction: mocks.reject }));

const { DraftReviewButtons, DraftReviewProvider } = await import("./draft-review");

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

const courseId = "3f0c9b1e-1d2a-4c5b-9e8f-0a1b2c3d4e5f";

function renderTwoDrafts() {
  render(
    <DraftReviewProvider bankHref="/bank">
      <section aria-label="first">
        <h3 id="h1">Draft 1</h3>
        <DraftReviewButtons courseId={courseId} draftId="d1" editHref="/edit/d1" describedBy="h1" />
      </section>
      <section aria-label="second">
        <h3 id="h2">Draft 2</h3>
        <DraftReviewButtons courseId={courseId} draftId="d2" editHref="/edit/d2" describedBy="h2" />
      </section>
    </DraftReviewProvider>,
  );
}

describe("draft review", () => {
  it("approves through the approve action and announces it above the list", async () => {
    mocks.approve.mockResolvedValue({ ok: true, data: { decision: "approved", draftId: "d1", questionId: "q1" } });
    renderTwoDrafts();
    fireEvent.click(within(screen.getByRole("region", { name: "first" })).getByRole("button", { name: "Approve" }));
    const status = await screen.findByText(/Approved — added to the bank\./);
    expect(status.closest("[role=status]")).toBeTruthy();
    const sent = mocks.approve.mock.calls[0]![1] as FormData;
    expect([sent.get("courseId"), sent.get("draftId")]).toEqual([courseId, "d1"]);
    expect(mocks.reject).not.toHaveBeenCalled();
  });

  it("shows a failure beside the draft it belongs to", async () => {
    mocks.reject.mockResolvedValue({ ok: false, code: "NOT_FOUND", message: "That draft has already been reviewed.", values: { courseId, draftId: "d2" } });
    renderTwoDrafts();
    fireEvent.click(within(screen.getByRole("region", { name: "second" })).getByRole("button", { name: "Reject" }));
    const alert = await within(screen.getByRole("region", { name: "second" })).findByRole("alert");
    expect(alert.textContent).toBe("That draft has already been reviewed.");
    expect(within(screen.getByRole("region", { name: "first" })).queryByRole("alert")).toBeNull();
  });

  it("links to the editor for 'Edit and approve'", () => {
    renderTwoDrafts();
    expect(within(screen.getByRole("region", { name: "first" })).getByRole("link", { name: "Edit and approve" }).getAttribute("href")).toBe("/edit/d1");
  });
});
