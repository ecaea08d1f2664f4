import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test("a newcomer opens the landing page, signs in as the demo learner and reads a lesson", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Learn it properly");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Sign in" }).first().click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Demo accounts" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Continue as learner" }).click();

  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome back");
  await page.getByRole("link", { name: "Probability and Statistics" }).first().click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText("Probability and Statistics");
  await expect(page.getByText("You are enrolled in this course.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const firstLesson = page.getByRole("region", { name: "Course outline" }).getByRole("link").first();
  const lessonTitle = (await firstLesson.textContent())?.trim() ?? "";
  await firstLesson.click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lessonTitle);
  await expect(page.locator("article .prose h2").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: /→$/ }).click();
  await expect(page.getByText(/^Lesson 2 of \d+/)).toBeVisible();
});

test("a signed-out visitor who opens a lesson is sent to sign in and back", async ({ page }) => {
  await page.goto("/courses");
  await page.getByRole("link", { name: /Probability and Statistics/ }).click();
  const firstLessonHref = await page.getByRole("region", { name: "Course outline" }).getByRole("link").first().getAttribute("href");
  await page.goto(firstLessonHref ?? "/");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByRole("button", { name: "Continue as teacher" }).click();
  await expect(page).toHaveURL(new RegExp(`${firstLessonHref}$`));
});

test("a tampered session cookie means signed out, not an error", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "lf_session", value: "eyJ2IjoxfQ.forged-signature", url: baseURL ?? "http://127.0.0.1" }]);
  const response = await page.goto("/courses");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
});

test("the dark theme can be chosen without JavaScript state and is kept", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expectNoSeriousA11yViolations(page);
});

test("a visitor creates a local account, gets a specific error for a bad email, and signs out", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Name").fill("Noor Haddad");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Create account and sign in" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  // What the visitor typed survives the failed submit.
  await expect(page.getByLabel("Name")).toHaveValue("Noor Haddad");
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");

  await page.getByLabel("Email").fill(`noor-${Date.now()}@example.test`);
  await page.getByRole("radio", { name: "Teacher" }).check();
  await page.getByRole("button", { name: "Create account and sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole("banner")).toContainText("Noor Haddad");
  await expect(page.getByRole("banner")).toContainText("teacher");
  await expect(page.getByText("You are not enrolled in any course yet.")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdashboard|\/sign-in\?next=\/dashboard/);
});

test("a learner enrols in a course from its page", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Name").fill("Eli Mensah");
  await page.getByLabel("Email").fill(`eli-${Date.now()}@example.test`);
  await page.getByRole("button", { name: "Create account and sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto("/courses/probability-and-statistics");
  await page.getByRole("button", { name: "Enrol in this course" }).click();
  await expect(page.getByText("You are enrolled in this course.")).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByRole("link", { name: /Probability and Statistics/ })).toBeVisible();
});
