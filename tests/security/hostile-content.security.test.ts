import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chromium, type Browser } from "@playwright/test";
import { createDevSessionToken } from "@/services/auth/dev-session-token";
import { pngWithTranscript } from "../support/openai-stub";
import { multipartUpload } from "./matrix/routes";
import { SESSION_COOKIE, loadSecurityContext } from "./support/context";
import { send } from "./support/http";
import { recordSection } from "./support/report";
import { XSS_PAYLOADS } from "./world/xss-payloads";
import type { UserRef } from "./world/types";

// Files and Markdown: hostile Markdown and HTML (world/xss-payloads.ts) written by a teacher and a
// learner, rendered in a real browser wherever learners and teachers see it; and uploads that lie
// about what they are, or are too big.

const ctx = loadSecurityContext();
const A = ctx.world.tenants.A;
const hostile = ctx.world.hostile;
let browser: Browser;
const pageFigures = { pages: 0, executed: 0, dangerousNodes: 0, cspViolations: 0, dialogs: 0 };
const uploadFigures = { probes: 0, asExpected: 0 };

type PageReport = { xss: unknown; csp: string[]; dangerous: string[]; payloadTextShown: number };

async function renderAs(user: UserRef, path: string, afterLoad?: (page: import("@playwright/test").Page) => Promise<void>): Promise<PageReport & { dialogs: string[] }> {
  const context = await browser.newContext({ baseURL: ctx.base });
  try {
    const token = createDevSessionToken(user.id, inject("securityAuthSecret"), 3600);
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: ctx.base, httpOnly: true, sameSite: "Lax" }]);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const response = await page.goto(path, { waitUntil: "networkidle" });
    expect(response?.status(), `${path} as ${user.name}`).toBe(200);
    await afterLoad?.(page);
    await page.waitForTimeout(300);
    const report = await page.evaluate((names: string[]) => {
      // React gives a form whose action is a function this placeholder (it never runs: React submits).
      const reactFormAction = "javascript:throw new Error('React form unexpectedly submitted.')";
      const dangerous = [
        ...document.querySelectorAll("[onerror],[onload],[ontoggle],[onfocus],[onclick],[onmouseover],iframe[srcdoc],object,embed,base,meta[http-equiv]"),
        ...[...document.querySelectorAll("form[action^='javascript:' i]")].filter((form) => form.getAttribute("action") !== reactFormAction),
        ...document.querySelectorAll("a[href^='javascript:' i],a[href^='data:' i],a[href^='vbscript:' i]"),
        // Next.js streams the page's data in its own nonce'd scripts (self.__next_f.push("…")), where
        // the payloads sit as JSON strings; any other script holding one was injected.
        ...[...document.scripts].filter((script) => script.textContent?.includes("__xss") && !script.textContent.startsWith("self.__next_f.push(")),
      ].map((node) => node.outerHTML.slice(0, 120));
      const text = document.body.innerText;
      return {
        xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
        csp: (window as unknown as { __csp: string[] }).__csp,
        dangerous,
        payloadTextShown: names.filter((name) => text.includes(name)).length,
      };
    }, XSS_PAYLOADS.map((payload) => payload.name));
    return { ...report, dialogs };
  } finally {
    await context.close();
  }
}

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});
afterAll(async () => {
  await browser?.close();
});

describe("hostile Markdown renders inert in a real browser", () => {
  const views: { name: string; user: () => UserRef; path: () => string; afterLoad?: (page: import("@playwright/test").Page) => Promise<void> }[] = [
    { name: "a lesson, as its learner sees it (server-rendered HTML)", user: () => A.learner, path: () => `/courses/${A.course.slug}/lessons/${hostile.lesson.slug}` },
    { name: "the same lesson in its teacher's editor (the live preview renders in the browser)", user: () => A.teacher, path: () => `/teach/courses/${A.course.id}/lessons/${hostile.lesson.id}` },
    { name: "class channel messages", user: () => A.learner, path: () => `/classes/${A.klass.id}/channels/${A.channels.generalId}` },
    { name: "a question's stem and options in a test attempt", user: () => A.learner, path: () => `/attempts/${hostile.attemptId}` },
    {
      name: "a flashcard, front and back",
      user: () => A.outsider,
      path: () => "/review",
      afterLoad: async (page) => {
        const show = page.getByRole("button", { name: "Show answer" });
        if (await show.count()) await show.first().click();
      },
    },
  ];

  for (const view of views) {
    it(`runs no script from ${view.name}`, async () => {
      const report = await renderAs(view.user(), view.path(), view.afterLoad);
      pageFigures.pages += 1;
      pageFigures.executed += report.xss === null ? 0 : 1;
      pageFigures.dangerousNodes += report.dangerous.length;
      pageFigures.cspViolations += report.csp.length;
      pageFigures.dialogs += report.dialogs.length;
      expect({ xss: report.xss, dialogs: report.dialogs, dangerous: report.dangerous, csp: report.csp }).toEqual({ xss: null, dialogs: [], dangerous: [], csp: [] });
      // The content is there, shown as text or harmless markup: the check looked at the payloads, not an empty page.
      expect(report.payloadTextShown).toBeGreaterThan(0);
    });
  }
});

describe("uploads are judged by their bytes", () => {
  const learner = () => ctx.cookieOf(A.learner);
  const png = new Uint8Array(pngWithTranscript("x = 4"));
  const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
  const svg = new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>`);
  const cases: { name: string; upload: () => { contentType: string; body: Uint8Array<ArrayBuffer> }; status: number }[] = [
    { name: "HTML named answer.png, sent as image/png", upload: () => multipartUpload("image", "answer.png", "image/png", html), status: 400 },
    { name: "SVG with script named photo.png", upload: () => multipartUpload("image", "photo.png", "image/png", svg), status: 400 },
    { name: "a PNG sent as a recording", upload: () => multipartUpload("audio", "answer.webm", "audio/webm", png), status: 400 },
    { name: "an empty file", upload: () => multipartUpload("image", "empty.png", "image/png", new Uint8Array(0)), status: 400 },
    { name: "a real PNG with a double extension (answer.php.png): read as the PNG it is", upload: () => multipartUpload("image", "answer.php.png", "image/png", png), status: 200 },
    { name: "a real PNG named answer.png.html: read as the PNG it is", upload: () => multipartUpload("image", "answer.png.html", "text/html", png), status: 200 },
    { name: "a 6 MB photo (the limit is 5 MB)", upload: () => multipartUpload("image", "big.png", "image/png", new Uint8Array([...png.slice(0, 8), ...new Uint8Array(6 * 1024 * 1024)])), status: 413 },
    { name: "an 11 MB recording (the limit is 10 MB)", upload: () => multipartUpload("audio", "long.webm", "audio/webm", new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, ...new Uint8Array(11 * 1024 * 1024)])), status: 413 },
  ];
  for (const upload of cases) {
    it(`answers ${upload.status} to ${upload.name}`, async () => {
      const { contentType, body } = upload.upload();
      const answer = await send(ctx.base, "POST", "/api/ai/transcribe", { cookie: learner(), body, contentType, accept: "application/json" });
      uploadFigures.probes += 1;
      if (answer.status === upload.status) uploadFigures.asExpected += 1;
      expect(answer.status, answer.text.slice(0, 200)).toBe(upload.status);
      // The file's name is never used: it is not echoed back.
      expect(answer.text).not.toMatch(/answer\.php|\.html/);
    });
  }
});

afterAll(() => {
  recordSection(ctx.reportDir, "70-files-markdown", {
    order: 70,
    title: "7. Files and Markdown",
    figures: [
      { label: `views rendered in Chromium with ${XSS_PAYLOADS.length} hostile payloads each (lesson, editor preview, messages, question, flashcard)`, value: pageFigures.pages },
      { label: "payloads that ran (window.__xss set or a dialog opened)", value: pageFigures.executed + pageFigures.dialogs, target: "0", ok: pageFigures.executed + pageFigures.dialogs === 0 },
      { label: "dangerous nodes in the DOM (event handlers, javascript:/data: links, iframes, objects, base, meta refresh, scripts)", value: pageFigures.dangerousNodes, target: "0", ok: pageFigures.dangerousNodes === 0 },
      { label: "Content-Security-Policy violations", value: pageFigures.cspViolations, target: "0", ok: pageFigures.cspViolations === 0 },
      { label: "uploads answered as expected (wrong magic bytes, SVG, wrong kind, empty, double extensions, oversize)", value: `${uploadFigures.asExpected} / ${uploadFigures.probes}`, target: "all", ok: uploadFigures.asExpected === uploadFigures.probes },
    ],
  });
});
