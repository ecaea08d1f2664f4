import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/session";

// The Content-Security-Policy is served on every page with a fresh nonce, the app works under it
// (these pages hydrate, navigate and post actions), and the browser reports no violation.
const LEARNER_PAGES = ["/", "/courses", "/courses/probability-and-statistics", "/courses/probability-and-statistics/lessons/what-is-probability", "/dashboard", "/practice", "/review", "/search?q=variance", "/courses/probability-and-statistics/tutor", "/classes", "/notifications"];
const TEACHER_PAGES = ["/teach", "/teach/grading", "/teach/courses/new", "/teach/courses/new/outline"];

async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) violations.push(`${new URL(page.url()).pathname}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Refused to load: CSP ${event.violatedDirective} blocked ${event.blockedURI}`));
  });
  return violations;
}

test("pages carry the security headers and a per-request nonce policy", async ({ request }) => {
  const first = await request.get("/courses");
  const second = await request.get("/courses");
  const policy = first.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(second.headers()["content-security-policy"]).not.toBe(policy);
  expect(first.headers()["x-frame-options"]).toBe("DENY");
  expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["permissions-policy"]).toContain("microphone=(self)");
  // HSTS only where the site is served over HTTPS (Vercel); this server is plain HTTP on loopback.
  expect(first.headers()["strict-transport-security"]).toBeUndefined();
  // Every script tag Next.js rendered carries the nonce.
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(2);
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
});

test("a learner's and a teacher's pages work under the policy with no violation reported", async ({ page, browser, baseURL }) => {
  const violations = await watchViolations(page);
  // The browser reports Core Web Vitals to the server under the policy too.
  const vitalSent = page.waitForResponse((response) => response.url().endsWith("/api/vitals") && response.request().method() === "POST");
  await signInAs(page, "learner", "/dashboard");
  for (const path of LEARNER_PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  }
  // A client-side navigation and a server action under the policy.
  await page.goto("/courses/probability-and-statistics/tutor");
  await page.getByLabel("Your question").fill("What is a sample space?");
  await page.getByRole("button", { name: "Ask the tutor" }).click();
  await expect(page.getByRole("log", { name: "Conversation" })).toContainText("Matching passages:");
  expect((await vitalSent).status()).toBe(204);

  // The teacher, in a context of their own.
  const teacher = await browser.newContext({ baseURL });
  const teacherPage = await teacher.newPage();
  const teacherViolations = await watchViolations(teacherPage);
  await signInAs(teacherPage, "teacher", "/teach");
  for (const path of TEACHER_PAGES) {
    await teacherPage.goto(path);
    await expect(teacherPage.getByRole("heading", { level: 1 }).first()).toBeVisible();
  }
  await teacher.close();
  expect([...violations, ...teacherViolations]).toEqual([]);
});
