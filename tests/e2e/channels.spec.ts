import { expect, test, type Locator, type Page } from "@playwright/test";
import { pageAs } from "./support/session";

// Class channels with two people at once: a teacher and a learner in separate browser contexts.
// Nothing reloads the learner's page: messages, grades and counts arrive by polling. Counts are
// read before each step and compared after it, so the test holds whatever earlier tests left.
const CLASS = "Statistics — Autumn cohort";

/** The number in an accessible name such as "Classes, 3 unread messages" (0 when there is none). */
async function countIn(locator: Locator): Promise<number> {
  const name = /"([^"]*)"/.exec(await locator.ariaSnapshot())?.[1] ?? "";
  const match = /(\d+) unread/.exec(name);
  return match ? Number(match[1]) : 0;
}

async function expectCount(locator: Locator, expected: number) {
  await expect.poll(() => countIn(locator), { timeout: 25_000, intervals: [250, 500, 1_000] }).toBe(expected);
}

async function openChannel(page: Page, role: "learner" | "teacher", channel: string) {
  if (role === "learner") {
    await page.goto("/classes");
    await page.getByRole("link", { name: CLASS }).click();
    await page.getByRole("link", { name: "Class channels" }).click();
  } else {
    await page.goto("/teach");
    await page.getByRole("link", { name: CLASS }).first().click();
    await page.getByRole("link", { name: "Channels", exact: true }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Channels" })).toBeVisible();
  await page.getByRole("list", { name: "Channels" }).getByRole("link", { name: `# ${channel}` }).click();
  await expect(page.getByRole("list", { name: "Messages", exact: true })).toBeVisible();
}

const messageWith = (page: Page, text: string) => page.getByRole("list", { name: "Messages", exact: true }).getByRole("listitem").filter({ hasText: text });
const sidebarLink = (page: Page, channel: string) => page.getByRole("navigation", { name: "Channels" }).getByRole("link", { name: new RegExp(`^# ${channel}`) });
const classesNav = (page: Page) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Classes/ });
const bell = (page: Page) => page.getByRole("link", { name: /^Notifications/ });

async function post(page: Page, text: string) {
  await page.getByLabel("Message", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(messageWith(page, text)).toBeVisible();
}

test("an announcement reaches the learner without a reload, and the unread counts follow it", async ({ browser, baseURL }) => {
  const stamp = Date.now().toString(36);
  const learner = await pageAs(browser, "learner", baseURL, "/dashboard");
  const teacher = await pageAs(browser, "teacher", baseURL, "/teach");
  await openChannel(learner, "learner", "general");
  await openChannel(teacher, "teacher", "announcements");
  // Learners read announcements; only teachers post there.
  await expect(sidebarLink(learner, "general")).toHaveAttribute("aria-current", "page");
  await learner.evaluate(() => Object.assign(window, { __notReloaded: true }));

  // The demo learner is in one class, so the header counts what this sidebar shows (general is open, so read).
  const announcements = sidebarLink(learner, "announcements");
  const before = await countIn(announcements);
  await expectCount(classesNav(learner), before);
  await post(teacher, `Quiz moved to Friday (${stamp}).`);
  // Within a few polls the learner's sidebar and header count one more unread message.
  await expectCount(announcements, before + 1);
  await expectCount(classesNav(learner), before + 1);

  // Opening the channel shows the announcement and reads it: both counts drop to nothing.
  await announcements.click();
  await expect(messageWith(learner, `Quiz moved to Friday (${stamp}).`)).toBeVisible();
  await expect(learner.getByText("Only teachers post here")).toBeVisible();
  await expect(learner.getByLabel("Message", { exact: true })).toHaveCount(0);
  await expectCount(announcements, 0);
  await expectCount(classesNav(learner), 0);

  // With the channel open, the next announcement appears in place and stays read.
  await post(teacher, `Bring a calculator (${stamp}).`);
  await expect(messageWith(learner, `Bring a calculator (${stamp}).`)).toBeVisible({ timeout: 15_000 });
  await expectCount(announcements, 0);
  await expectCount(classesNav(learner), 0);
  // An edit arrives the same way.
  await messageWith(teacher, `Bring a calculator (${stamp}).`).getByRole("button", { name: "Edit" }).click();
  await teacher.getByLabel("Edit text").fill(`Bring a calculator and a ruler (${stamp}).`);
  await teacher.getByRole("button", { name: "Save", exact: true }).click();
  await expect(messageWith(learner, `Bring a calculator and a ruler (${stamp}).`)).toBeVisible({ timeout: 15_000 });
  expect(await learner.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);

  await learner.context().close();
  await teacher.context().close();
});

test("a learner hands in homework in a channel, the teacher grades it, and the learner is told", async ({ browser, baseURL }) => {
  const stamp = Date.now().toString(36);
  const text = `My homework (${stamp}): the mean of 2, 4 and 6 is 4.`;
  const learner = await pageAs(browser, "learner", baseURL, "/dashboard");
  const teacher = await pageAs(browser, "teacher", baseURL, "/teach");
  await openChannel(learner, "learner", "general");
  await learner.evaluate(() => Object.assign(window, { __notReloaded: true }));
  await post(learner, text);
  await messageWith(learner, text).getByRole("button", { name: "Submit as homework" }).click();
  await expect(messageWith(learner, text).getByText("Homework submitted")).toBeVisible();
  const bellBefore = await countIn(bell(learner));

  // The teacher finds it among the class's ungraded homework and grades it in the channel.
  await openChannel(teacher, "teacher", "general");
  await teacher.getByRole("link", { name: "Ungraded homework" }).first().click();
  await expect(teacher.getByText(text)).toBeVisible();
  await openChannel(teacher, "teacher", "general");
  const submitted = messageWith(teacher, text);
  await expect(submitted.getByText("Homework submitted")).toBeVisible();
  await submitted.getByRole("button", { name: "Grade homework" }).click();
  await submitted.getByLabel("Grade", { exact: true }).fill("A-");
  await submitted.getByLabel("Feedback").fill("Clear and correct; show the division next time.");
  await submitted.getByRole("button", { name: "Save grade" }).click();
  await expect(submitted.getByText("Homework graded: A-")).toBeVisible();

  // The learner sees the grade arrive and the bell count one more notification, without a reload.
  await expect(messageWith(learner, text).getByText("Homework graded: A-")).toBeVisible({ timeout: 15_000 });
  await expect(messageWith(learner, text).getByText("Clear and correct; show the division next time.")).toBeVisible();
  await expectCount(bell(learner), bellBefore + 1);
  expect(await learner.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
  // The notification links back to the message.
  await bell(learner).click();
  await expect(learner.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await learner.getByRole("link", { name: /homework/i }).first().click();
  await expect(messageWith(learner, text)).toBeVisible();

  // Learners cannot grade: the button is not offered to them.
  await expect(messageWith(learner, text).getByRole("button", { name: "Grade homework" })).toHaveCount(0);

  await learner.context().close();
  await teacher.context().close();
});
