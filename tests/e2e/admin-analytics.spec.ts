import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, pageAs } from "./support/session";

// The admin console and the teacher's class analytics, in a real browser.
test("an admin's role change and disabling reach the person on their very next request", async ({ browser, baseURL }) => {
  const email = `rosa-${Date.now()}@example.test`;
  const personContext = await browser.newContext({ baseURL });
  const person = await personContext.newPage();
  await person.goto("/sign-in");
  await person.getByLabel("Name").fill("Rosa Admin-Test");
  await person.getByLabel("Email").fill(email);
  await person.getByRole("button", { name: "Create account and sign in" }).click();
  await expect(person).toHaveURL(/\/dashboard/);
  const teach = await person.goto("/teach");
  expect(teach?.status()).toBe(404);

  const admin = await pageAs(browser, "admin", baseURL, "/admin");
  await expect(admin.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
  await expect(admin.getByRole("heading", { name: /health/i }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(admin);
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByLabel("Role of Rosa Admin-Test", { exact: true }).selectOption("teacher");
  await admin.getByRole("button", { name: "Change role of Rosa Admin-Test" }).click();
  await expect(admin.getByText("Now Teacher, from their next request.")).toBeVisible();

  // No sign-out, no new session: the next request already has the new role.
  const teachAgain = await person.goto("/teach");
  expect(teachAgain?.status()).toBe(200);
  await expect(person.getByRole("banner")).toContainText("teacher");

  admin.once("dialog", (dialog) => void dialog.accept());
  await admin.getByRole("button", { name: "Disable Rosa Admin-Test" }).click();
  await expect(admin.getByRole("button", { name: "Enable Rosa Admin-Test" })).toBeVisible();
  await person.goto("/dashboard");
  await expect(person).toHaveURL(/\/sign-in\?next=/);

  // The admin's own row offers no role change or disable (the server refuses them too: integration tests).
  await admin.goto("/admin/users?q=admin%40demo.learnforge.dev");
  await expect(admin.getByText("(you)")).toBeVisible();
  await expect(admin.getByLabel("Role of Aiko Tanaka", { exact: true })).toHaveCount(0);
  await expect(admin.getByRole("button", { name: "Disable Aiko Tanaka" })).toHaveCount(0);
  await admin.goto("/admin/ai");
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(/AI/);
  await admin.goto("/admin/classes");
  await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(admin.getByText("Statistics — Autumn cohort").first()).toBeVisible();

  // Learners and teachers get a 404 from the console.
  const learner = await pageAs(browser, "learner", baseURL, "/dashboard");
  expect((await learner.goto("/admin"))?.status()).toBe(404);
  await personContext.close();
  await admin.context().close();
  await learner.context().close();
});

test("a teacher reads a class's analytics and downloads each table as CSV", async ({ browser, baseURL }) => {
  const teacher = await pageAs(browser, "teacher", baseURL, "/teach");
  await teacher.getByRole("link", { name: "Statistics — Autumn cohort" }).first().click();
  await teacher.getByRole("link", { name: "Analytics", exact: true }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toContainText("analytics");
  for (const section of ["Mastery heat map", "Item analysis", "Grading backlog", "Learners at risk"]) {
    await expect(teacher.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  // The heat map is a table: learners by topic, with a caption.
  const heatmap = teacher.getByRole("table").first();
  await expect(heatmap.locator("caption")).toBeVisible();
  expect(await heatmap.getByRole("row").count()).toBeGreaterThan(3);
  await expectNoSeriousA11yViolations(teacher);

  const downloads = teacher.getByRole("link", { name: /Download CSV/ });
  expect(await downloads.count()).toBe(4);
  const [download] = await Promise.all([teacher.waitForEvent("download"), downloads.first().click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.split(/\r?\n/)[0]).toMatch(/Learner/i);
  expect(csv.split(/\r?\n/).length).toBeGreaterThan(3);

  // A learner asking for the same CSV is refused.
  const learner = await pageAs(browser, "learner", baseURL, "/dashboard");
  const href = await downloads.first().getAttribute("href");
  expect(href).toMatch(/^\/api\/teach\/classes\/[0-9a-f-]{36}\/analytics\//);
  expect((await learner.request.get(href!)).status()).toBe(403);
  await teacher.context().close();
  await learner.context().close();
});
