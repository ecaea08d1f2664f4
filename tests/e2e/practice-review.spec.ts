import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, signInAs } from "./support/session";

// The demo learner practises a topic, misses a question, meets it again in tomorrow's review
// (the server's schedule clock moved a day with the e2e-only lf-test-clock cookie), rates it,
// and sees mastery and the review forecast change on the dashboard.
const COURSE = "probability-and-statistics";
const TOPIC = "counting";
const DAY_MS = 86_400_000;

async function openTables(page: Page) {
  for (const summary of await page.getByText("Show as a table").all()) await summary.click();
}

/** The mastery table's row for a topic: [level, predicted chance, answers]. */
async function masteryRow(page: Page, topic: string): Promise<string[]> {
  const table = page.getByRole("table", { name: /Mastery by topic/ });
  const cells = table.getByRole("row", { name: new RegExp(topic) }).getByRole("cell");
  return (await cells.allTextContents()).map((text) => text.trim());
}

/** The forecast table's "Reviews due" column, today first. */
async function forecastCounts(page: Page): Promise<number[]> {
  const table = page.getByRole("table", { name: /Review forecast/ });
  const rows = table.getByRole("row");
  const counts: number[] = [];
  for (const row of (await rows.all()).slice(1)) counts.push(Number((await row.getByRole("cell").last().textContent())?.trim()));
  return counts;
}

/** Picks an answer that is probably wrong: the last option, or a number nobody would give. */
async function answerBadly(page: Page) {
  const radios = page.getByRole("radio");
  if ((await radios.count()) > 0) return radios.last().check();
  const boxes = page.getByRole("checkbox");
  if ((await boxes.count()) > 0) return boxes.last().check();
  return page.getByRole("textbox", { name: "Your answer" }).fill("987654");
}

test("practice adapts, a miss comes back in tomorrow's review, and the dashboard follows", async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  await signInAs(page, "learner");
  await openTables(page);
  // Relative checks: a retry of this test finds the demo learner's earlier practice.
  const masteryBefore = await masteryRow(page, "Counting methods");
  expect(masteryBefore[0]).toMatch(/Not started|Attempted|Familiar|Proficient|Mastered/);
  const forecastBefore = await forecastCounts(page);
  expect(forecastBefore).toHaveLength(30);

  await page.goto(`/practice/${COURSE}?topic=${TOPIC}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Practice: Counting methods");
  const stems: string[] = [];
  const chances: string[] = [];
  let missed = false;
  for (let question = 0; question < 8 && !(missed && question >= 4); question++) {
    const check = page.getByRole("button", { name: "Check answer" });
    await expect(check).toBeVisible();
    stems.push((await page.locator("[id^=practice-stem]").innerText()).trim());
    await answerBadly(page);
    await check.click();
    const result = page.getByRole("group", { name: "Your result" });
    await expect(result).toBeVisible();
    if (await result.getByText("Incorrect").isVisible()) missed = true;
    // The model's prediction moves after every answer: this is what the next question is chosen by.
    const change = (await result.getByText(/predicted success/).textContent()) ?? "";
    const [before, after] = [...change.matchAll(/(\d+)%/g)].map((match) => Number(match[1]));
    expect(before).not.toBe(after);
    chances.push(change);
    if (question === 0) await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Next question" }).click();
  }
  expect(missed).toBe(true);
  // Never the same question twice in a row.
  for (let index = 1; index < stems.length; index++) expect(stems[index]).not.toBe(stems[index - 1]);

  // Today the missed questions are not due: they come back tomorrow.
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: /Nothing to review today/ })).toBeVisible();

  await context.addCookies([{ name: "lf-test-clock", value: String(DAY_MS + 3_600_000), url: baseURL ?? "http://127.0.0.1" }]);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Review question" })).toBeVisible();
  const reviewStem = (await page.locator("[id^=review-stem]").innerText()).trim();
  expect(stems).toContain(reviewStem);
  await expectNoSeriousA11yViolations(page);
  await answerBadly(page);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByText(/^Suggested:/)).toBeVisible();
  // The learner may override the suggestion; rate it Good.
  await page.getByRole("button", { name: /^Good/ }).click();
  await expect(page.getByText(/left today/).or(page.getByRole("heading", { name: /All done for today/ }))).toBeVisible();

  await page.goto("/dashboard");
  await openTables(page);
  const masteryAfter = await masteryRow(page, "Counting methods");
  expect(masteryAfter[0]).not.toMatch(/Not started/);
  expect(Number(masteryAfter[2])).toBeGreaterThan(Number(masteryBefore[2]));
  const forecastAfter = await forecastCounts(page);
  expect(forecastAfter).not.toEqual(forecastBefore);
  await expect(page.getByText(/reviewed today/)).toBeVisible();
  await expect(page.getByTestId(`readiness-${COURSE}`)).toContainText("Readiness:");
  await expectNoSeriousA11yViolations(page);
});
