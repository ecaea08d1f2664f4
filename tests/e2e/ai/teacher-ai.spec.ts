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

test("the teacher drafts a course outline with AI, edits it, and only then creates the course", async ({ browser, baseURL }) => {
  const teacher = await pageAs(browser, "teacher", baseURL, "/teach/courses/new");
  await teacher.getByRole("link", { name: "Draft an outline with AI" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Draft a course outline with AI");
  await teacher.getByLabel("What is the course about?").fill("Linear regression for social scientists: fitting a line, reading residuals and interpreting slopes and intercepts.");
  await teacher.getByLabel("About how many lessons").fill("4");
  await teacher.getByRole("button", { name: "Draft the outline" }).click();
  const title = teacher.getByLabel("Title", { exact: true });
  await expect(title).not.toHaveValue("");
  await expectNoSeriousA11yViolations(teacher);
  // Nothing exists yet: the teacher renames it, then creates it.
  await title.fill("Regression, gently");
  await teacher.getByRole("button", { name: "Create course" }).click();
  await expect(teacher).toHaveURL(/\/teach\/courses\/[0-9a-f-]{36}$/);
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Regression, gently");
  await teacher.context().close();
});

test("in the grading queue the teacher asks for an AI grade, uses its marks and saves them", async ({ browser, baseURL }) => {
  const teacher = await pageAs(browser, "teacher", baseURL, "/teach");
  // "AI suggests, I decide": nothing reaches the learner until the teacher saves.
  await teacher.getByRole("navigation", { name: /^Probability and Statistics.*: tools$/ }).getByRole("link", { name: /^Edit course/ }).click();
  await teacher.getByRole("navigation", { name: "Course tools" }).getByRole("link", { name: "Tests" }).click();
  await teacher.getByRole("link", { name: "Foundations of probability — unit test", exact: true }).click();
  await teacher.getByRole("radio", { name: /AI suggests, I decide/ }).check();
  await teacher.getByRole("button", { name: "Save settings" }).click();
  // The save is a server action: wait for it before reloading.
  await expect(teacher.getByText("Settings saved.")).toBeVisible();
  await teacher.reload();
  await expect(teacher.getByRole("radio", { name: /AI suggests, I decide/ })).toBeChecked();

  await teacher.goto("/teach/grading");
  const answer = teacher.getByRole("region", { name: "Answer to grade" });
  const heading = await answer.getByRole("heading", { level: 2 }).textContent();
  await answer.getByRole("button", { name: "Grade with AI" }).click();
  const suggestion = answer.getByRole("region", { name: "AI suggestion" });
  await expect(suggestion).toContainText("Suggested mark:");
  await expect(suggestion).toContainText(/Confidence: \d+%/);
  await expectNoSeriousA11yViolations(teacher);
  await answer.getByRole("button", { name: "Use AI marks" }).click();
  await expect(answer.getByLabel(/^Mark \(0 to/)).not.toHaveValue("");
  await expect(answer.getByLabel("Feedback for the learner (optional)")).not.toHaveValue("");
  await answer.getByRole("button", { name: "Save mark and continue" }).click();
  await expect(teacher.getByText(/Mark saved\./)).toBeVisible();
  await expect(answer.getByRole("heading", { level: 2 })).not.toHaveText(heading ?? "");
  await teacher.context().close();
});
