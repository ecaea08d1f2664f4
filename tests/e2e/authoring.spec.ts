import { expect, test } from "@playwright/test";
import { E2E_CRON_SECRET } from "../../playwright.config";
import { expectNoSeriousA11yViolations, pageAs } from "./support/session";

test("a teacher writes and publishes a course; a learner enrols, reads and completes its lesson", async ({ browser, baseURL }) => {
  const suffix = Date.now().toString(36);
  const teacher = await pageAs(browser, "teacher", baseURL, "/teach/courses/new");
  await teacher.getByLabel("Title", { exact: true }).fill(`Graph theory ${suffix}`);
  await expect(teacher.getByLabel("Address (/courses/…)")).toHaveValue(`graph-theory-${suffix}`);
  await teacher.getByLabel("Visibility").selectOption("public");
  await teacher.getByRole("button", { name: "Create course" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText(`Graph theory ${suffix}`);

  await teacher.getByPlaceholder("New topic name").fill("Paths");
  await teacher.getByRole("button", { name: "Add topic" }).click();
  await expect(teacher.getByLabel("Topic name").first()).toHaveValue("Paths");
  await teacher.getByPlaceholder("Module title").fill("Walks and paths");
  await teacher.getByRole("button", { name: "Add module" }).click();
  await teacher.getByRole("link", { name: "Add a lesson to Walks and paths" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("New lesson in Walks and paths");

  await teacher.getByLabel("Title", { exact: true }).fill("Euler paths");
  await teacher.getByLabel("Lesson text (Markdown)").fill("## Bridges of Königsberg\n\nSeven bridges.<script>window.pwned = 1</script>");
  const preview = teacher.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("heading", { name: "Bridges of Königsberg" })).toBeVisible();
  expect(await preview.locator("script").count()).toBe(0);
  await teacher.getByLabel("Video (YouTube or Vimeo link, optional)").fill("https://evil.example/video");
  await teacher.getByRole("checkbox", { name: "Paths" }).check();
  await teacher.getByRole("checkbox", { name: /Published/ }).check();
  await teacher.getByRole("button", { name: "Save lesson" }).click();
  await expect(teacher.getByText(/Use a YouTube or Vimeo link/)).toBeVisible();
  await teacher.getByLabel("Video (YouTube or Vimeo link, optional)").fill("https://youtu.be/dQw4w9WgXcQ");
  await teacher.getByRole("button", { name: "Save lesson" }).click();
  await expect(teacher).toHaveURL(/\/lessons\/[0-9a-f-]{36}$/);
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Euler paths");
  await expectNoSeriousA11yViolations(teacher);
  await teacher.getByRole("link", { name: `Graph theory ${suffix}` }).click();
  await teacher.getByRole("button", { name: "Publish course" }).click();
  await expect(teacher.getByRole("button", { name: "Unpublish course" })).toBeVisible();

  const learner = await pageAs(browser, "learner", baseURL, "/courses");
  await learner.getByRole("link", { name: new RegExp(`Graph theory ${suffix}`) }).click();
  await learner.getByRole("button", { name: "Enrol in this course" }).click();
  await expect(learner.getByText("0 of 1 lessons complete (0%)")).toBeVisible();
  await learner.getByRole("link", { name: "Euler paths" }).click();
  await expect(learner.locator('iframe[src^="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"]')).toHaveCount(1);
  await learner.getByRole("button", { name: "Mark lesson complete" }).click();
  await expect(learner.getByText("✓ Lesson complete")).toBeVisible();
  await learner.goto(`/courses/graph-theory-${suffix}`);
  await expect(learner.getByText("1 of 1 lessons complete (100%)")).toBeVisible();
});

test("a learner cannot open the course editor", async ({ browser, baseURL }) => {
  const learner = await pageAs(browser, "learner", baseURL);
  const response = await learner.goto("/teach/courses/new");
  expect(learner.url()).toMatch(/\/dashboard$/);
  expect(response?.status()).toBe(200);
});

test("the cron route closes overdue attempts only with the secret", async ({ request }) => {
  expect((await request.get("/api/cron/close-overdue")).status()).toBe(401);
  expect((await request.get("/api/cron/close-overdue", { headers: { authorization: "Bearer wrong-secret-of-the-same-size-xx" } })).status()).toBe(401);
  const response = await request.get("/api/cron/close-overdue", { headers: { authorization: `Bearer ${E2E_CRON_SECRET}` } });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ closed: expect.any(Number) });
});
