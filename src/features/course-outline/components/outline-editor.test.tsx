// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CourseOutline } from "@/features/course-outline/lib/outline";

const mocks = vi.hoisted(() => ({ draft: vi.fn(), create: vi.fn() }));
vi.mock("@/features/course-outline/actions", () => ({ draftOutlineAction: mocks.draft, createCourseFromOutlineAction: mocks.create }));

const { OutlineEditor } = await import("./outline-editor");

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

const drafted: CourseOutline = {
  title: "Probability",
  description: "Chance, counted carefully.",
  topics: [{ slug: "sets", name: "Sets" }],
  modules: [{ title: "Foundations", lessons: [{ title: "Events", summary: "What an event is.", topicSlugs: ["sets"] }] }],
};
const description = "An introduction to probability for first-year nursing students.";

function describeCourse() {
  render(<OutlineEditor />);
  fireEvent.change(screen.getByLabelText("What is the course about?"), { target: { value: description } });
  fireEvent.click(screen.getByRole("button", { name: "Draft the outline" }));
}

describe("OutlineEditor", () => {
  it("keeps the description and shows the reason when drafting fails", async () => {
    mocks.draft.mockResolvedValue({ ok: false, code: "UNAVAILABLE", message: "The AI provider is unavailable right now. Nothing was lost; try again later." });
    describeCourse();
    expect((await screen.findByRole("alert")).textContent).toBe("The AI provider is unavailable right now. Nothing was lost; try again later.");
    expect((screen.getByLabelText("What is the course about?") as HTMLTextAreaElement).value).toBe(description);
    const form = mocks.draft.mock.calls[0]![1] as FormData;
    expect(Object.fromEntries(form)).toEqual({ description, level: "beginner", lessonsWanted: "8" });
  });

  it("shows the draft for editing and creates the course from the edited outline only on request", async () => {
    mocks.draft.mockResolvedValue({ ok: true, data: drafted });
    mocks.create.mockResolvedValue({ ok: false, code: "CONFLICT", message: "Try again." });
    describeCourse();
    const title = (await screen.findByLabelText("Title")) as HTMLInputElement;
    expect(title.value).toBe("Probability");
    expect(mocks.create).not.toHaveBeenCalled();
    fireEvent.change(title, { target: { value: "Probability for nurses" } });
    fireEvent.change(screen.getByLabelText("Topic 1 name"), { target: { value: "Events and sets" } });
    fireEvent.click(screen.getByRole("button", { name: "Add a lesson to Module 1" }));
    fireEvent.change(screen.getByLabelText("Module 1, lesson 2 title"), { target: { value: "Counting" } });
    fireEvent.click(screen.getByRole("button", { name: "Create course" }));

    await waitFor(() => expect(mocks.create).toHaveBeenCalledTimes(1));
    const form = mocks.create.mock.calls[0]![1] as FormData;
    expect(form.get("level")).toBe("beginner");
    expect(JSON.parse(String(form.get("outline")))).toEqual({
      title: "Probability for nurses",
      description: "Chance, counted carefully.",
      topics: [{ slug: "events-and-sets", name: "Events and sets" }],
      modules: [
        {
          title: "Foundations",
          lessons: [
            { title: "Events", summary: "What an event is.", topicSlugs: ["events-and-sets"] },
            { title: "Counting", summary: "", topicSlugs: [] },
          ],
        },
      ],
    });
    expect((await screen.findByRole("alert")).textContent).toContain("Try again.");
  });

  it("says where the outline is incomplete without posting it", async () => {
    mocks.draft.mockResolvedValue({ ok: true, data: drafted });
    describeCourse();
    fireEvent.click(await screen.findByRole("button", { name: "Add a lesson to Module 1" }));
    fireEvent.click(screen.getByRole("button", { name: "Create course" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Module 1, lesson 2: Every lesson needs a title");
    expect(mocks.create).not.toHaveBeenCalled();
  });
});
