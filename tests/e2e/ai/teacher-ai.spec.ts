import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, pageAs } from "../support/session";

// A teacher generates questions from a lesson with the stub provider, approves two on the review
// screen, and finds them in the question bank; rejected drafts never reach it.
test("the teacher generates questions from a lesson, approves two, and they appear in the bank", async ({ browser, baseURL }) => {
  const teacher = await pageAs(browser, "teacher", baseURL, "/teach");
  await teacher.getByRole("navigation", { name: /^Probability and Statistics.*: tools$/ }).getByRole("link", { name: /^Edit course/ }).click();
  await teacher.getByRole("navigation", { name: "Course tools" }).getByRole("link", { name: "Question bank" }).click();
  await teacher.getByRole("link", { name: "Generate with AI" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toContainText("Generate");
  await teacher.getByLabel("Lesson", { exact: true }).selectOption({ label: "What Is Probability?" });
  await teacher.getByRole("button", { name: "Show its passages" }).click();

  const form = teacher.getByRole("form", { name: "Generate question drafts" });
  await expect(form.getByRole("group", { name: "Passages to write from" }).getByRole("checkbox").first()).toBeChecked();
  await form.getByLabel(/^Number of questions/).fill("3");
  await expectNoSeriousA11yViolations(teacher);
  await form.getByRole("button", { name: "Generate drafts" }).click();

  const progress = teacher.getByRole("region", { name: /^Drafts from What Is Probability\?/ });
  await expect(progress.getByRole("status").first()).toContainText("3 of 3");
  await progress.getByRole("link", { name: "Review the drafts" }).click();

  await expect(teacher.getByRole("heading", { level: 1 })).toContainText("Drafts");
  const drafts = teacher.getByRole("article");
  await expect(drafts).toHaveCount(3);
  await expect(drafts.first()).toContainText("From What Is Probability?");
  await expectNoSeriousA11yViolations(teacher);
  const stems: string[] = [];
  for (let approved = 0; approved < 2; approved += 1) {
    const draft = drafts.first();
    const stem = (await draft.locator("p").first().textContent())?.trim() ?? "";
    expect(stem.length).toBeGreaterThan(10);
    stems.push(stem);
    await draft.getByRole("button", { name: "Approve" }).click();
    await expect(teacher.getByText("Approved — added to the bank.")).toBeVisible();
    await expect(drafts).toHaveCount(2 - approved);
  }

  await teacher.getByRole("link", { name: "Question bank" }).first().click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Question bank");
  for (const stem of stems) await expect(teacher.getByText(distinctivePart(stem), { exact: false }).first()).toBeVisible();
  await expect(teacher.getByRole("link", { name: /Drafts waiting \(1\)/ })).toBeVisible();
  await teacher.context().close();
});

/** A stretch of a generated stem that is unique to it and survives the bank's one-line preview (no blanks, no prefix). */
function distinctivePart(stem: string): string {
  const pieces = stem
    .replace(/^Complete the statement from the lesson:\s*/, "")
    .split(/_+/)
    .map((piece) => piece.trim());
  const longest = pieces.reduce((best, piece) => (piece.length > best.length ? piece : best), "");
  return longest.slice(0, 30);
}
