import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, pageAs } from "./support/session";

// The acceptance scenario of the assessment loop, end to end in one browser: a teacher builds a
// test from the bank and assigns it, a new learner joins the class and takes it, and the teacher
// marks the essay and reads the gradebook and the item statistics.

const CLASS_NAME = "Statistics — Autumn cohort";
const COURSE_TITLE = /^Probability and Statistics/;
const COIN_STEM = /A fair coin is flipped and a fair six-sided die is rolled/;
const INDEPENDENCE_STEM = /Which value of P\(A ∩ B\) would make A and B independent/;
const ESSAY_STEM = /A small office has three smoke alarms/;

/** "2026-11-29T14:00" a week from now, as a datetime-local input takes it (the browser shares this machine's zone). */
function aWeekFromNowLocal(): string {
  const date = new Date(Date.now() + 7 * 86_400_000);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:00`;
}

/** Neither the answer key nor feedback the policy withholds until submission may reach the browser. */
function expectNoAnswerKey(payload: string, canaries: string[], where: string) {
  for (const canary of canaries) expect(payload, `${where} leaks "${canary}"`).not.toContain(canary);
  // The key may sit in JSON or in JSON escaped inside the page's flight script.
  expect(payload, `${where} holds a "correct":true key`).not.toMatch(/\\*"correct\\*"\s*:\s*true/);
}

const countdownSeconds = (text: string) => {
  const [minutes, seconds] = text.split(":").map(Number);
  return minutes! * 60 + seconds!;
};

async function pickFromBank(teacher: Page, search: string, stem: RegExp) {
  const picker = teacher.getByRole("region", { name: "Add questions from the bank" });
  await picker.getByLabel("Search the bank").fill(search);
  await picker.getByRole("checkbox", { name: stem }).check();
  await picker.getByRole("button", { name: "Add 1 question to the test" }).click();
}

// Fail an action within seconds rather than at the end of the long test timeout.
test.use({ actionTimeout: 15_000 });

test("a teacher builds and assigns a test, a new learner takes it, and the teacher marks it and reads the results", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const suffix = Date.now().toString(36);
  const testTitle = `Independence check ${suffix}`;
  const learnerName = `Ines Duarte ${suffix}`;
  const learnerEmail = `ines-${suffix}@example.test`;

  const teacher = await pageAs(browser, "teacher", baseURL, "/teach");
  teacher.on("dialog", (dialog) => void dialog.accept());

  // --- The teacher reads two texts learners must not see before submitting (the canaries).
  await teacher.getByRole("navigation", { name: /^Probability and Statistics.*: tools$/ }).getByRole("link", { name: /^Edit course/ }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText(COURSE_TITLE);
  await teacher.getByRole("navigation", { name: "Course tools" }).getByRole("link", { name: "Question bank" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Question bank");
  const bankUrl = teacher.url();
  await teacher.getByRole("link", { name: /^Edit question “A fair coin is flipped and a fair six-sided die/ }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toContainText("Edit question");
  const coinExplanation = (await teacher.getByLabel("Explanation (optional)").inputValue()).trim();
  expect(coinExplanation.length).toBeGreaterThan(20);
  await teacher.goto(bankUrl);
  await teacher.getByRole("link", { name: /^Edit question “Events A and B have P\(A\) = 0\.3/ }).click();
  await expect(teacher.getByLabel(/^Option 4/)).toHaveValue("0.2");
  const wrongChoiceFeedback = (await teacher.getByLabel("Feedback for option 4 (optional)").inputValue()).trim();
  expect(wrongChoiceFeedback.length).toBeGreaterThan(20);
  // Long enough to be unique, free of characters the HTML would escape.
  const canaries = [coinExplanation.slice(0, 40), wrongChoiceFeedback.slice(0, 40)];
  for (const canary of canaries) expect(canary).not.toMatch(/[<>&"]/);

  // --- The teacher creates the test with its policies.
  await teacher.goto("/teach");
  await teacher.getByRole("navigation", { name: /^Probability and Statistics.*: tools$/ }).getByRole("link", { name: /^Edit course/ }).click();
  await teacher.getByRole("navigation", { name: "Course tools" }).getByRole("link", { name: "Tests" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Tests");
  await teacher.getByRole("link", { name: "New test" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("New test");
  await teacher.getByLabel("Title", { exact: true }).fill(testTitle);
  await teacher.getByLabel("Instructions for learners (optional)").fill("Answer every question; the essay is marked by your teacher.");
  await teacher.getByLabel("Time limit (minutes)").fill("10");
  await teacher.getByLabel("Attempts allowed").fill("2");
  await teacher.getByLabel("Feedback and marks per question").selectOption({ label: "After submitting" });
  await teacher.getByLabel("Correct answers", { exact: true }).selectOption({ label: "After submitting" });
  await teacher.getByRole("button", { name: "Create test" }).click();
  await expect(teacher).toHaveURL(/\/teach\/courses\/[0-9a-f-]{36}\/tests\/[0-9a-f-]{36}$/);
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText(testTitle);
  const testEditorUrl = teacher.url();
  await expect(teacher.getByLabel("Time limit (minutes)")).toHaveValue("10");
  await expect(teacher.getByLabel("Attempts allowed")).toHaveValue("2");

  // --- Two objective questions and one essay, chosen from the bank, then saved.
  await pickFromBank(teacher, "greater than 4", COIN_STEM);
  await pickFromBank(teacher, "would make A and B independent", INDEPENDENCE_STEM);
  await pickFromBank(teacher, "three smoke alarms", ESSAY_STEM);
  const lines = teacher.getByRole("region", { name: "Questions in this test" });
  await expect(lines.getByRole("listitem")).toHaveCount(3);
  await expect(lines.getByRole("listitem").nth(2)).toContainText("Essay");
  await expect(lines.getByText("Total: 3 questions, 12 marks")).toBeVisible();
  await expect(lines.getByText("You have unsaved changes.")).toBeVisible();
  await lines.getByRole("button", { name: "Save questions" }).click();
  await expect(lines.getByText("Questions saved.")).toBeVisible();
  await expect(lines.getByText("You have unsaved changes.")).toBeHidden();

  await teacher.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(teacher.getByRole("button", { name: "Unpublish", exact: true })).toBeVisible();

  // --- Assigned to the class, due in a week.
  const assign = teacher.getByRole("region", { name: "Assign to a class" });
  await assign.getByLabel("Class", { exact: true }).selectOption({ label: CLASS_NAME });
  await assign.getByLabel(/^Due/).fill(aWeekFromNowLocal());
  await assign.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(assign.getByText("Saved.", { exact: true })).toBeVisible();
  await expect(assign.getByRole("link", { name: CLASS_NAME })).toBeVisible();
  await expect(assign.getByText("Due: not set")).toBeHidden();
  await expectNoSeriousA11yViolations(teacher);

  // --- The class's current join code.
  await assign.getByRole("link", { name: CLASS_NAME }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText(CLASS_NAME);
  const classUrl = teacher.url();
  const codeText = await teacher.getByRole("region", { name: "Join code" }).locator("p", { hasText: /^Join code:/ }).textContent();
  const joinCode = (codeText ?? "").replace(/^Join code:\s*/, "").trim();
  expect(joinCode).toMatch(/^[A-Z0-9-]{4,}$/);
  await expect(teacher.getByRole("heading", { name: testTitle, level: 3 })).toBeVisible();

  // --- A brand-new learner signs up in a separate browser context and joins the class.
  const learnerContext = await browser.newContext({ baseURL });
  const learner = await learnerContext.newPage();
  await learner.goto("/sign-in");
  await learner.getByLabel("Name").fill(learnerName);
  await learner.getByLabel("Email").fill(learnerEmail);
  await learner.getByRole("radio", { name: "Learner" }).check();
  await learner.getByRole("button", { name: "Create account and sign in" }).click();
  await expect(learner).toHaveURL(/\/dashboard/);
  await learner.goto("/classes");
  await expect(learner.getByText("You are not in any class yet.", { exact: false })).toBeVisible();
  await learner.getByLabel("Join code").fill(joinCode);
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(learner).toHaveURL(/\/classes\/[0-9a-f-]{36}$/);
  await expect(learner.getByRole("heading", { level: 1 })).toHaveText(CLASS_NAME);
  await learner.getByRole("link", { name: "Your classes" }).click();
  await learner.getByRole("link", { name: CLASS_NAME }).click();
  await expect(learner.getByRole("heading", { name: testTitle })).toBeVisible();
  await learner.getByRole("button", { name: `Start: ${testTitle}` }).click();
  await expect(learner).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  const attemptPath = new URL(learner.url()).pathname;

  // Every save is a server action, a POST to the attempt's address: keep what each one answers
  // until the learner submits. (Chromium does not keep the bodies of streamed action responses
  // for page.on("response"), so the requests pass through a route that reads them on the way.)
  const saveBodies: string[] = [];
  let watchingSaves = true;
  await learner.route(
    (url) => url.pathname === attemptPath,
    async (route) => {
      if (!watchingSaves || route.request().method() !== "POST") return route.fallback();
      const response = await route.fetch();
      saveBodies.push(await response.text());
      await route.fulfill({ response });
    },
  );

  // --- The player: a running countdown below the limit.
  await expect(learner.getByRole("heading", { level: 1 })).toHaveText(testTitle);
  const timer = learner.getByRole("timer");
  await expect(timer).toHaveText(/^\d{1,2}:\d{2}$/);
  const firstReading = (await timer.textContent()) ?? "";
  expect(countdownSeconds(firstReading)).toBeLessThanOrEqual(600);
  expect(countdownSeconds(firstReading)).toBeGreaterThan(500);
  await expect(timer).not.toHaveText(firstReading);
  expect(countdownSeconds((await timer.textContent()) ?? "")).toBeLessThan(countdownSeconds(firstReading));
  const navigator = learner.getByRole("navigation", { name: "Questions" });
  await expect(navigator.getByText("0 of 3 answered")).toBeVisible();
  expectNoAnswerKey(await learner.content(), canaries, "the attempt page as it opens");
  await expectNoSeriousA11yViolations(learner);

  // Question 1: the right option.
  const question1 = learner.getByRole("region", { name: "Question 1 of 3" });
  await expect(question1).toContainText("tails and a number greater than 4");
  await question1.getByRole("radio", { name: "1/6", exact: true }).check();
  await expect(question1.getByText(/^Saved/)).toBeVisible();

  // Question 2: a wrong option, so its feedback is due after submitting (and not before).
  await learner.getByRole("button", { name: "Next" }).click();
  const question2 = learner.getByRole("region", { name: "Question 2 of 3" });
  await expect(question2).toContainText("would make A and B independent");
  await question2.getByRole("radio", { name: "0.2", exact: true }).check();
  await expect(question2.getByText(/^Saved/)).toBeVisible();

  // Back and forth: the first answer is still chosen.
  await learner.getByRole("button", { name: "Previous" }).click();
  await expect(question1.getByRole("radio", { name: "1/6", exact: true })).toBeChecked();

  // Question 3: the essay, saved after a pause in typing.
  await navigator.getByRole("button", { name: "Question 3, not answered" }).click();
  const question3 = learner.getByRole("region", { name: "Question 3 of 3" });
  await expect(question3).toContainText("three smoke alarms");
  const essay =
    "All three fail with probability 0.1 × 0.1 × 0.1 = 0.001, so at least one sounds with probability 0.999; a shared power supply would make joint failure more likely.";
  await question3.getByLabel("Your answer").fill(essay);
  await expect(question3.getByText(/^Saved/)).toBeVisible();
  await expect(navigator.getByText("3 of 3 answered")).toBeVisible();

  // Reload mid-attempt: the saved answers come back.
  await learner.reload();
  await expect(learner.getByRole("heading", { level: 1 })).toHaveText(testTitle);
  await expect(navigator.getByText("3 of 3 answered")).toBeVisible();
  await expect(question1.getByRole("radio", { name: "1/6", exact: true })).toBeChecked();
  await navigator.getByRole("button", { name: "Question 2, answered" }).click();
  await expect(question2.getByRole("radio", { name: "0.2", exact: true })).toBeChecked();
  await navigator.getByRole("button", { name: "Question 3, answered" }).click();
  await expect(question3.getByLabel("Your answer")).toHaveValue(essay);
  await expect(timer).toHaveText(/^\d{1,2}:\d{2}$/);

  // --- Security: nothing of the answer key in the page or in the save responses before submitting.
  expectNoAnswerKey(await learner.content(), canaries, "the attempt page with saved answers");
  watchingSaves = false;
  const bodies = [...saveBodies];
  expect(bodies.length).toBeGreaterThanOrEqual(3);
  expect(bodies.some((body) => body.includes('"kind":"saved"'))).toBe(true);
  bodies.forEach((body, index) => expectNoAnswerKey(body, canaries, `save response ${index + 1}`));

  // --- Submit, with the confirmation.
  await learner.getByRole("button", { name: "Submit…" }).click();
  const confirm = learner.getByRole("dialog", { name: "Submit this attempt?" });
  await expect(confirm.getByText("You have answered every question.")).toBeVisible();
  await confirm.getByRole("button", { name: "Submit now" }).click();

  // --- The review, as the policy allows: a provisional score, feedback, the essay awaiting marking.
  await expect(learner.getByText("Attempt 1 · review")).toBeVisible();
  const score = learner.getByRole("region", { name: "Score" });
  await expect(score).toContainText("1 / 12 (8%)");
  await expect(score).toContainText("Provisional: awaiting your teacher's marking");
  const review1 = learner.getByRole("region", { name: "Question 1", exact: true });
  await expect(review1.getByText("✓ Correct", { exact: true })).toBeVisible();
  await expect(review1).toContainText(canaries[0]!);
  const review2 = learner.getByRole("region", { name: "Question 2", exact: true });
  await expect(review2.getByText("✗ Incorrect", { exact: true })).toBeVisible();
  await expect(review2).toContainText(canaries[1]!);
  const review3 = learner.getByRole("region", { name: "Question 3", exact: true });
  await expect(review3.getByText("Awaiting your teacher's marking")).toBeVisible();
  await expect(review3).toContainText(essay);
  await expectNoSeriousA11yViolations(learner);

  // --- The teacher marks the essay in the grading queue.
  await teacher.goto(classUrl);
  const assignment = teacher.getByRole("listitem").filter({ has: teacher.getByRole("heading", { name: testTitle, level: 3 }) });
  await expect(assignment).toContainText("1 attempt");
  await assignment.getByRole("link", { name: "1 answer waiting to be graded" }).click();
  await expect(teacher).toHaveURL(/\/teach\/grading\?testId=/);
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Grading queue");
  await expect(teacher.getByText(`1 answer waiting in ${testTitle}.`)).toBeVisible();
  await expect(teacher.getByRole("heading", { name: new RegExp(`^${learnerName} — ${testTitle}, question \\d+$`) })).toBeVisible();
  await expect(teacher.getByRole("region", { name: "Answer to grade" })).toContainText(essay);
  await teacher.getByLabel("Mark (0 to 10)").fill("8");
  await teacher.getByLabel("Feedback for the learner (optional)").fill("Clear working; say more about common causes.");
  await teacher.getByRole("button", { name: "Save mark and continue" }).click();
  await expect(teacher.getByText("All caught up: nothing is waiting to be graded here.")).toBeVisible();

  // The learner's review now holds the final score and the teacher's comment.
  await learner.reload();
  await expect(score).toContainText("9 / 12 (75%)");
  await expect(score).not.toContainText("Provisional");
  await expect(review3).toContainText("Clear working; say more about common causes.");

  // --- The gradebook: the learner's row with a grade, and the CSV.
  await teacher.goto(classUrl);
  await teacher.getByRole("navigation", { name: "Class tools" }).getByRole("link", { name: "Gradebook" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Gradebook");
  await expect(teacher.getByRole("columnheader", { name: new RegExp(`^${testTitle}`) })).toBeVisible();
  const row = teacher.getByRole("row").filter({ has: teacher.getByRole("rowheader", { name: new RegExp(`^${learnerName}`) }) });
  await expect(row).toContainText("75%");
  await expect(row).toContainText("9/12");
  await expectNoSeriousA11yViolations(teacher);

  const [download] = await Promise.all([teacher.waitForEvent("download"), teacher.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("statistics-autumn-cohort-gradebook.csv");
  const csv = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
  const [header, ...csvRows] = csv.split("\r\n");
  expect(header).toMatch(/^Learner,Email,/);
  expect(header).toContain(`${testTitle} (highest),${testTitle} status`);
  const learnerLine = csvRows.find((line) => line.startsWith(`${learnerName},${learnerEmail},`));
  expect(learnerLine).toBeDefined();
  expect(learnerLine).toContain("9/12,graded");

  // --- Item statistics: one attempt analysed, one row per question.
  await teacher.goto(testEditorUrl);
  await teacher.getByRole("link", { name: "Statistics", exact: true }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText(`Statistics: ${testTitle}`);
  const summary = teacher.getByRole("region", { name: "Summary" });
  const attemptsAnalysed = summary.locator("dl > div").filter({ has: teacher.getByRole("term").filter({ hasText: /^Attempts analysed$/ }) });
  await expect(attemptsAnalysed.getByRole("definition")).toHaveText("1");
  const items = teacher.getByRole("region", { name: "Questions" }).getByRole("table");
  await expect(items.getByRole("rowheader")).toHaveCount(3);
  await expect(items.getByRole("rowheader").nth(0)).toContainText("A fair coin is flipped");
  await expect(items.getByRole("rowheader").nth(1)).toContainText("Events A and B");
  await expect(items.getByRole("rowheader").nth(2)).toContainText("three smoke alarms");

  await learnerContext.close();
  await teacher.context().close();
});
