import { expect, test } from "@playwright/test";
import { pageAs } from "./support/session";

// With no AI provider configured (this server has no OPENAI_API_KEY), every AI entry point says
// clearly what is unavailable, and the tutor falls back to the best-matching passages.
const COURSE = "probability-and-statistics";

test("with AI off, the tutor shows matching passages and says AI is off", async ({ browser, baseURL }) => {
  const learner = await pageAs(browser, "learner", baseURL, `/courses/${COURSE}/tutor`);
  await expect(learner.getByText("AI is off on this server: the tutor shows matching passages instead of answering.")).toBeVisible();
  await learner.getByLabel("Your question").fill("What is the multiplication principle?");
  await learner.getByRole("button", { name: "Ask the tutor" }).click();
  const conversation = learner.getByRole("log", { name: "Conversation" });
  await expect(conversation).toContainText("The AI tutor is off on this server");
  await expect(conversation.getByText("Matching passages:")).toBeVisible();
  await expect(conversation.getByRole("link", { name: /multiplication principle/i }).first()).toHaveAttribute("href", /#section-the-multiplication-principle$/);
  // Search needs no AI at all.
  await learner.goto("/search?q=multiplication+principle");
  await expect(learner.getByText("Full-text search", { exact: false }).first()).toBeVisible();
  await expect(learner.getByRole("link", { name: /The multiplication principle/ }).first()).toBeVisible();
  await learner.context().close();
});

test("with AI off, question generation and AI grading say they are unavailable", async ({ browser, baseURL }) => {
  const teacher = await pageAs(browser, "teacher", baseURL, "/teach");
  await teacher.getByRole("navigation", { name: /^Probability and Statistics.*: tools$/ }).getByRole("link", { name: /^Edit course/ }).click();
  await teacher.getByRole("navigation", { name: "Course tools" }).getByRole("link", { name: "Question bank" }).click();
  await teacher.getByRole("link", { name: "Generate with AI" }).click();
  await expect(teacher.getByText("AI question generation is off on this server (no AI provider is configured).", { exact: false })).toBeVisible();
  await teacher.goto("/teach/grading");
  await expect(teacher.getByText("AI grading is off on this server (no AI provider is configured).", { exact: false })).toBeVisible();
  await teacher.context().close();
});

test("with AI off, an essay question offers no photo or voice answer and says why", async ({ page }) => {
  // A fresh account, so no other test's learner gets an open attempt (which would hold questions out of practice).
  await page.goto("/sign-in");
  await page.getByLabel("Name").fill("Offline Olu");
  await page.getByLabel("Email").fill(`offline.${Date.now()}@example.test`);
  await page.getByRole("radio", { name: "Learner" }).check();
  await page.getByRole("button", { name: "Create account and sign in" }).click();
  // Signing in is a server action: wait until it has left the sign-in page before moving on.
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await page.goto("/classes");
  await page.getByLabel("Join code").fill("STATS-AUTUMN");
  await page.getByRole("button", { name: "Join class" }).click();
  await page.getByRole("button", { name: /^Start[^:]*: Foundations of probability — unit test$/ }).click();
  await page.getByRole("navigation", { name: "Questions" }).getByRole("button", { name: /^Question 13,/ }).click();
  const essay = page.getByRole("region", { name: /^Question 13 of 13/ });
  await expect(essay.getByText("Photo and voice answers need AI, which is off on this server.")).toBeVisible();
  await expect(essay.getByRole("button", { name: /photo/i })).toHaveCount(0);
});
