import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

export type DemoRole = "learner" | "teacher" | "admin";

/** Signs in through the development sign-in page as one of the demo users. */
export async function signInAs(page: Page, role: DemoRole, next = "/dashboard") {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByRole("button", { name: `Continue as ${role}` }).click();
  await expect(page).toHaveURL(new RegExp(next.replace(/[?]/g, "\\?")));
}

/** A fresh browser context (its own cookies) signed in as a demo user. */
export async function pageAs(browser: Browser, role: DemoRole, baseURL: string | undefined, next?: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInAs(page, role, next);
  return page;
}

export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}
