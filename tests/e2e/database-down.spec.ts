import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DOWN_SERVER_AUTH_SECRET } from "../../playwright.config";
import { createDevSessionToken } from "../../src/services/auth/dev-session-token";

// A server whose PostgreSQL is unreachable: readiness says so, pages explain it kindly.
test("readiness answers 503 and names the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(503);
  const body = await response.json();
  expect(body.status).toBe("unavailable");
  expect(body.checks.database.ok).toBe(false);
  expect(body.checks.database.error).toMatch(/ECONNREFUSED/);
});

test("a page that needs the database shows a friendly error, not a stack trace", async ({ page }) => {
  await page.goto("/courses");
  await expect(page.getByRole("heading", { name: "This page could not load" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(page.getByText(/ECONNREFUSED|at async|node_modules/)).toHaveCount(0);
});

test("the landing page still works and the header explains the outage to a signed-in visitor", async ({ page, context, baseURL }) => {
  // A validly signed session makes the shell look the user up, which needs the database.
  const token = createDevSessionToken(randomUUID(), DOWN_SERVER_AUTH_SECRET, 3600);
  await context.addCookies([{ name: "lf_session", value: token, url: baseURL ?? "http://127.0.0.1" }]);
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Learn it properly");
  await expect(page.getByRole("status")).toContainText("having trouble reaching its database");
});
