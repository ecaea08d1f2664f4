import { expect, test } from "@playwright/test";
import { E2E_CRON_SECRET, OPENAI_STUB_PORT } from "../../../playwright.config";
import { pngWithTranscript } from "../../support/openai-stub/fixtures";
import { expectNoSeriousA11yViolations, pageAs } from "../support/session";

// The AI features as a learner meets them, against the OpenAI-compatible stub provider: the
// tutor answers with cited passages, search ranks passages by text and meaning, and an essay is
// graded by AI and released under the test's policy.
const COURSE = "probability-and-statistics";
const UNIT_TEST = "Foundations of probability — unit test";

test("the tutor answers from the course, cites its passages and keeps the conversation", async ({ browser, baseURL }) => {
  const learner = await pageAs(browser, "learner", baseURL, `/courses/${COURSE}/tutor`);
  await expect(learner.getByRole("heading", { level: 1 })).toHaveText("Ask the tutor");
  await learner.getByRole("checkbox", { name: /Socratic mode/ }).uncheck();
  await learner.getByLabel("Your question").fill("What does the multiplication principle say?");
  await learner.getByRole("button", { name: "Ask the tutor" }).click();
  const conversation = learner.getByRole("log", { name: "Conversation" });
  const source = conversation.getByRole("link", { name: /^Source 1: / }).first();
  await expect(source).toBeVisible();
  await expect(source).toHaveAttribute("href", new RegExp(`^/courses/${COURSE}/lessons/[\\w-]+#section-`));
  await expect(conversation).toContainText("According to the lesson");
  await expect(learner).toHaveURL(/\?c=[0-9a-f-]{36}$/);
  await expectNoSeriousA11yViolations(learner);

  // Socratic mode (the learners' default) guides instead of answering; the conversation is kept.
  await learner.getByRole("checkbox", { name: /Socratic mode/ }).check();
  await learner.getByLabel("Your question").fill("So how many outfits from 3 shirts and 4 trousers?");
  await learner.getByRole("button", { name: "Ask the tutor" }).click();
  await expect(conversation).toContainText("work it out together");
  await learner.reload();
  await expect(learner.getByRole("log", { name: "Conversation" })).toContainText("What does the multiplication principle say?");
  await expect(learner.getByRole("log", { name: "Conversation" })).toContainText("work it out together");

  // The provider fails: a clear message, and the question stays in the box to send again.
  await learner.request.post(`http://127.0.0.1:${OPENAI_STUB_PORT}/__stub/scenario`, { data: { rules: [{ match: { path: "/v1/chat/completions" }, behavior: { kind: "status", status: 500 } }] } });
  await learner.getByLabel("Your question").fill("What is a permutation?");
  await learner.getByRole("button", { name: "Ask the tutor" }).click();
  await expect(learner.getByRole("alert").filter({ hasText: "The AI provider is unavailable right now" })).toBeVisible();
  await expect(learner.getByLabel("Your question")).toHaveValue("What is a permutation?");

  // Following a citation opens the lesson at the cited section.
  await learner.getByRole("log", { name: "Conversation" }).getByRole("link", { name: /^Source 1: / }).first().click();
  await expect(learner).toHaveURL(new RegExp(`/courses/${COURSE}/lessons/[\\w-]+#section-`));
  await learner.context().close();
});

test("search finds passages and highlights the words that matched", async ({ browser, baseURL }) => {
  const learner = await pageAs(browser, "learner", baseURL, "/dashboard");
  await learner.goto("/search");
  await learner.getByRole("searchbox", { name: "Search all lessons" }).fill("multiplication principle");
  await learner.getByRole("button", { name: "Search" }).click();
  await expect(learner).toHaveURL(/\/search\?q=multiplication\+principle/);
  const firstResult = learner.getByRole("link", { name: /The multiplication principle/ }).first();
  await expect(firstResult).toHaveAttribute("href", `/courses/${COURSE}/lessons/counting-outcomes#section-the-multiplication-principle`);
  await expect(learner.locator("mark").filter({ hasText: /multiplication/i }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(learner);

  // The scheduled job embeds the seeded lessons; search then ranks by meaning as well as by words.
  const job = await learner.request.get("/api/cron/embed-chunks", { headers: { authorization: `Bearer ${E2E_CRON_SECRET}` } });
  expect(job.status()).toBe(200);
  expect(((await job.json()) as { embedded: number }).embedded).toBeGreaterThan(20);
  await learner.goto("/search?q=how+many+ways+can+items+be+arranged+when+order+matters");
  await expect(learner.getByText("Full-text and semantic search").first()).toBeVisible();
  await expect(learner.getByRole("link", { name: /Permutations/ }).first()).toBeVisible();
  await learner.context().close();
});

test("an essay is graded by AI and released under the teacher's policy", async ({ browser, baseURL }) => {
  // The teacher lets confident AI grades through for the unit test.
  const teacher = await pageAs(browser, "teacher", baseURL, "/teach");
  await teacher.getByRole("navigation", { name: /^Probability and Statistics.*: tools$/ }).getByRole("link", { name: /^Edit course/ }).click();
  await teacher.getByRole("navigation", { name: "Course tools" }).getByRole("link", { name: "Tests" }).click();
  await teacher.getByRole("link", { name: UNIT_TEST, exact: true }).click();
  await teacher.getByRole("radio", { name: /Release confident AI grades/ }).check();
  await teacher.getByRole("button", { name: "Save settings" }).click();
  // The save is a server action: wait for it before reloading.
  await expect(teacher.getByText("Settings saved.")).toBeVisible();
  await teacher.reload();
  await expect(teacher.getByRole("radio", { name: /Release confident AI grades/ })).toBeChecked();

  // The learner answers only the essay and submits.
  const learner = await pageAs(browser, "learner", baseURL, "/classes");
  await learner.getByRole("link", { name: /Statistics — Autumn cohort/ }).first().click();
  await learner.getByRole("button", { name: new RegExp(`^(Start|Continue|Try again)[^:]*: ${UNIT_TEST}$`) }).click();
  await expect(learner.getByRole("heading", { level: 1 })).toHaveText(UNIT_TEST);
  const navigator = learner.getByRole("navigation", { name: "Questions" });
  await navigator.getByRole("button", { name: /^Question 13,/ }).click();
  const essayQuestion = learner.getByRole("region", { name: /^Question 13 of 13/ });
  const essay =
    "Two events are independent when knowing that one happened does not change the probability of the other, so the probability that both happen is the product of their probabilities. Mutually exclusive events with positive probabilities cannot be independent.";
  // The learner photographs a handwritten answer; the vision model's reading comes back to confirm.
  await essayQuestion.getByLabel("Answer from a photo").setInputFiles({ name: "answer.png", mimeType: "image/png", buffer: Buffer.from(pngWithTranscript(essay)) });
  await expect(essayQuestion.getByLabel("Check the text we read")).toHaveValue(essay);
  await essayQuestion.getByRole("button", { name: "Use this text" }).click();
  await expect(essayQuestion.getByLabel("Your answer")).toHaveValue(essay);
  await expect(essayQuestion.getByText(/^Saved/)).toBeVisible();
  await learner.getByRole("button", { name: "Submit…" }).click();
  await learner.getByRole("dialog", { name: "Submit this attempt?" }).getByRole("button", { name: "Submit now" }).click();
  await expect(learner.getByText(/Attempt \d+ · review/)).toBeVisible();

  // The AI grade arrives after the response; a reload shows it released, with feedback per criterion.
  const essayReview = learner.getByRole("region", { name: "Question 13", exact: true });
  await expect(async () => {
    await learner.reload();
    await expect(essayReview).toContainText("Feedback (graded with AI; your teacher may review it)", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(essayReview).not.toContainText("Awaiting your teacher's marking");
  await expect(essayReview).toContainText(/\d+(\.\d+)? \/ \d+/);
  await expectNoSeriousA11yViolations(learner);
  await learner.context().close();
  await teacher.context().close();
});
