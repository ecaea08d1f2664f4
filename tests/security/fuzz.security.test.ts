import { afterAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { parseFragment } from "parse5";
import { readActionIds } from "../../bench/app/action-body";
import { lessonMarkdownToHtml } from "@/features/courses/lib/markdown-html";
import { messageMarkdownToHtml } from "@/features/channels/lib/message-html";
import { ACTION_SPECS, actionSpecKey } from "./matrix/actions";
import { loadSecurityContext } from "./support/context";
import { HOSTILE_STRINGS, hostileValue, mutatedFields } from "./support/hostile-strings";
import { callAction, send, type Answer } from "./support/http";
import { recordSection } from "./support/report";
import { XSS_PAYLOADS } from "./world/xss-payloads";

// Input fuzzing with fast-check: every server action called by a caller allowed to use it, with
// its valid input mutated (a field replaced by hostile or random text or JSON, dropped, or a
// prototype key added); the route handlers' bodies, queries and path segments likewise; bodies
// over each limit. Nothing may answer 500 or leave an unhandled rejection in the server's log.
// Then a property of the Markdown renderers: no output ever holds a script.

const ctx = loadSecurityContext();
const ids = readActionIds(path.resolve(".next"));
const T = ctx.world.tenants.B;
const SEED = 20261203;
const RUNS_PER_ACTION = 6;
const RUNS_PER_ROUTE = 12;
const figures = { actionCalls: 0, routeCalls: 0, pageCalls: 0, serverErrors: [] as string[], oversized: 0, oversizedRefused: 0, markdownDocs: 0, markdownScripts: 0, unhandled: -1 };
const logSize = () => readFileSync(inject("securityServerLog"), "utf8").length;
const logStart = logSize();

const isServerError = (answer: Answer & { result?: { code?: string } | null }) => answer.status >= 500 || answer.result?.code === "INTERNAL";

describe("fuzzing every server action", () => {
  for (const spec of ACTION_SPECS) {
    it(`${spec.name} never answers 500`, async () => {
      const id = ids.get(actionSpecKey(spec));
      expect(id).toBeDefined();
      const caller = spec.allowed.find((who) => who !== "anonymous") ?? "learner";
      const cookie = ctx.cookieOf(ctx.userOf(caller, T));
      const valid = spec.fields(T, ctx.world, "fuzz");
      await fc.assert(
        fc.asyncProperty(mutatedFields(valid), async (fields) => {
          const answer = await callAction(ctx.base, id!, fields, { cookie, page: spec.page?.(T) ?? "/" });
          figures.actionCalls += 1;
          if (isServerError(answer)) figures.serverErrors.push(`${spec.name} ${JSON.stringify(fields).slice(0, 160)} → ${answer.status} ${answer.result?.code ?? ""}`);
          return !isServerError(answer);
        }),
        { numRuns: RUNS_PER_ACTION, seed: SEED, endOnFailure: true },
      );
    });
  }
});

describe("fuzzing route handlers and pages", () => {
  const teacher = () => ctx.cookieOf(T.teacher);
  const learner = () => ctx.cookieOf(T.learner);
  const enc = encodeURIComponent;
  const targets: { name: string; cookie: () => string | null; request: (value: string) => { method: string; path: string; body?: string; contentType?: string } }[] = [
    { name: "POST /api/vitals", cookie: () => null, request: (v) => ({ method: "POST", path: "/api/vitals", contentType: "application/json", body: JSON.stringify({ name: v, value: v, rating: "good", id: v.slice(0, 50), path: "/" }) }) },
    { name: "POST /api/vitals (raw body)", cookie: () => null, request: (v) => ({ method: "POST", path: "/api/vitals", contentType: "application/json", body: v.slice(0, 1_900) }) },
    { name: "POST /api/ai/tutor", cookie: learner, request: (v) => ({ method: "POST", path: "/api/ai/tutor", contentType: "application/json", body: JSON.stringify({ courseSlug: v.slice(0, 100), message: v.slice(0, 3_000), conversationId: v.length % 2 ? v.slice(0, 40) : undefined }) }) },
    { name: "POST /api/ai/tutor (raw body)", cookie: learner, request: (v) => ({ method: "POST", path: "/api/ai/tutor", contentType: "application/json", body: v.slice(0, 15_000) }) },
    { name: "POST /api/ai/questions/generate", cookie: teacher, request: (v) => ({ method: "POST", path: "/api/ai/questions/generate", contentType: "application/json", body: JSON.stringify({ courseId: T.course.id, lessonId: v.slice(0, 40), count: v, types: [v], topicSlugs: [v.slice(0, 100)] }) }) },
    { name: "GET /api/channels/[id]/updates?since=", cookie: learner, request: (v) => ({ method: "GET", path: `/api/channels/${T.channels.generalId}/updates?since=${enc(v.slice(0, 500))}` }) },
    { name: "GET /api/channels/[id]/updates (id)", cookie: learner, request: (v) => ({ method: "GET", path: `/api/channels/${enc(v.slice(0, 200))}/updates?since=2026-01-01T00:00:00Z` }) },
    { name: "GET /api/courses/[id]/questions/export?format=", cookie: teacher, request: (v) => ({ method: "GET", path: `/api/courses/${T.course.id}/questions/export?format=${enc(v.slice(0, 200))}` }) },
    { name: "GET /api/teach/classes/[id]/analytics/[table]", cookie: teacher, request: (v) => ({ method: "GET", path: `/api/teach/classes/${T.klass.id}/analytics/${enc(v.slice(0, 200))}` }) },
    { name: "GET /api/tests/[id]/statistics?include=", cookie: teacher, request: (v) => ({ method: "GET", path: `/api/tests/${T.testId}/statistics?include=${enc(v.slice(0, 200))}` }) },
    { name: "GET /api/classes/[id]/gradebook (id)", cookie: teacher, request: (v) => ({ method: "GET", path: `/api/classes/${enc(v.slice(0, 200))}/gradebook` }) },
    { name: "GET /notifications/[id]/open", cookie: learner, request: (v) => ({ method: "GET", path: `/notifications/${enc(v.slice(0, 200))}/open` }) },
  ];
  const pages: { name: string; cookie: () => string | null; path: (value: string) => string }[] = [
    { name: "/courses/[slug]", cookie: learner, path: (v) => `/courses/${enc(v.slice(0, 200))}` },
    { name: "/courses/[slug]/lessons/[slug]", cookie: learner, path: (v) => `/courses/${T.course.slug}/lessons/${enc(v.slice(0, 200))}` },
    { name: "/classes/[id]", cookie: learner, path: (v) => `/classes/${enc(v.slice(0, 200))}` },
    { name: "/attempts/[id]", cookie: learner, path: (v) => `/attempts/${enc(v.slice(0, 200))}` },
    { name: "/practice/[slug]?topic=", cookie: learner, path: (v) => `/practice/${T.course.slug}?topic=${enc(v.slice(0, 200))}` },
    { name: "/search?q=", cookie: learner, path: (v) => `/search?q=${enc(v.slice(0, 1_000))}` },
    { name: "/teach/courses/[id]/questions?q=", cookie: teacher, path: (v) => `/teach/courses/${T.course.id}/questions?q=${enc(v.slice(0, 500))}&page=${enc(v.slice(0, 20))}` },
    { name: "/admin/users?q=", cookie: () => ctx.cookieOf(ctx.world.admin), path: (v) => `/admin/users?q=${enc(v.slice(0, 500))}&after=${enc(v.slice(0, 60))}` },
    { name: "/sign-in?next=", cookie: () => null, path: (v) => `/sign-in?next=${enc(v.slice(0, 500))}` },
  ];

  for (const target of targets) {
    it(`${target.name} never answers 500`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileValue, async (value) => {
          const request = target.request(value);
          const answer = await send(ctx.base, request.method, request.path, { cookie: target.cookie(), body: request.body, contentType: request.contentType, accept: "application/json" });
          figures.routeCalls += 1;
          if (answer.status >= 500) figures.serverErrors.push(`${target.name} ${JSON.stringify(value).slice(0, 120)} → ${answer.status}`);
          return answer.status < 500;
        }),
        { numRuns: RUNS_PER_ROUTE, seed: SEED, endOnFailure: true },
      );
    });
  }
  for (const page of pages) {
    it(`GET ${page.name} never answers 500`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileValue, async (value) => {
          const answer = await send(ctx.base, "GET", page.path(value), { cookie: page.cookie() });
          figures.pageCalls += 1;
          if (answer.status >= 500) figures.serverErrors.push(`GET ${page.name} ${JSON.stringify(value).slice(0, 120)} → ${answer.status}`);
          return answer.status < 500;
        }),
        { numRuns: RUNS_PER_ROUTE, seed: SEED, endOnFailure: true },
      );
    });
  }
});

describe("oversized bodies are refused with 413", () => {
  const big = (bytes: number) => "x".repeat(bytes);
  const cases: { name: string; call: () => Promise<Answer> }[] = [
    {
      name: "a 3 MB server action (the limit is 2 MB)",
      call: () => callAction(ctx.base, ids.get("src/features/channels/actions.ts#postMessageAction")!, { channelId: T.channels.generalId, body: big(3 * 1024 * 1024) }, { cookie: ctx.cookieOf(T.learner) }),
    },
    { name: "a 4 KB web vital (the limit is 2,000 bytes)", call: () => send(ctx.base, "POST", "/api/vitals", { body: JSON.stringify({ name: "LCP", value: 1, rating: "good", id: big(4_000), path: "/" }), contentType: "application/json" }) },
    { name: "a 20 KB tutor message (the limit is 16,000 bytes)", call: () => send(ctx.base, "POST", "/api/ai/tutor", { cookie: ctx.cookieOf(T.learner), body: JSON.stringify({ courseSlug: T.course.slug, message: big(20_000) }), contentType: "application/json" }) },
    { name: "a 20 KB generation request", call: () => send(ctx.base, "POST", "/api/ai/questions/generate", { cookie: ctx.cookieOf(T.teacher), body: JSON.stringify({ courseId: T.course.id, lessonId: T.lesson.id, count: 1, types: ["essay"], topicSlugs: [big(20_000)] }), contentType: "application/json" }) },
    {
      name: "a 12 MB upload streamed without a Content-Length",
      call: () => {
        const boundary = "----oversizedstream";
        const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\naudio\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.webm"\r\nContent-Type: audio/webm\r\n\r\n`);
        let sent = 0;
        const chunk = new Uint8Array(256 * 1024);
        const stream = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent === 0) controller.enqueue(head);
            if (sent >= 12 * 1024 * 1024) {
              controller.enqueue(new TextEncoder().encode(`\r\n--${boundary}--\r\n`));
              controller.close();
              return;
            }
            sent += chunk.length;
            controller.enqueue(chunk);
          },
        });
        return fetch(new URL("/api/ai/transcribe", ctx.base), {
          method: "POST",
          body: stream,
          duplex: "half",
          headers: { cookie: ctx.cookieOf(T.learner)!, origin: new URL(ctx.base).origin, "sec-fetch-site": "same-origin", "content-type": `multipart/form-data; boundary=${boundary}` },
        } as RequestInit).then(async (response) => ({ status: response.status, text: await response.text(), headers: response.headers, ms: 0 }));
      },
    },
  ];
  for (const oversized of cases) {
    it(`refuses ${oversized.name}`, async () => {
      const answer = await oversized.call();
      figures.oversized += 1;
      if (answer.status === 413) figures.oversizedRefused += 1;
      expect(answer.status, answer.text.slice(0, 200)).toBe(413);
    });
  }
});

describe("the server after the fuzzing", () => {
  it("is alive and logged no unhandled rejection or uncaught exception", async () => {
    expect((await send(ctx.base, "GET", "/api/health/live")).status).toBe(200);
    const log = readFileSync(inject("securityServerLog"), "utf8").slice(logStart);
    const unhandled = log.split("\n").filter((line) => /unhandledRejection|uncaughtException|Unhandled Rejection/i.test(line));
    figures.unhandled = unhandled.length;
    expect(unhandled).toEqual([]);
  });

  it("answered no fuzzed request with 500", () => {
    expect(figures.serverErrors).toEqual([]);
  });
});

describe("Markdown rendering never produces a script", () => {
  const fragment = fc.oneof(
    fc.constantFrom(...XSS_PAYLOADS.map((payload) => payload.text)),
    fc.constantFrom("[", "](", ")", "<", ">", '"', "'", "`", "```", "\n", "\n\n", "*", "#", "!", "&#", ";", "javascript:", "data:", "on", "=", "script", "<a href=", "<img src=", "\\", "%3C", "&lt;"),
    fc.constantFrom(...HOSTILE_STRINGS.filter((text) => text.length < 100)),
    fc.string({ maxLength: 20 }),
  );
  const document = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(""));
  // Parsed as a browser parses it (parse5 is the HTML standard's parser): text that merely
  // reads "onerror=" is not an attribute.
  const FORBIDDEN_ELEMENTS = new Set(["script", "iframe", "frame", "object", "embed", "style", "base", "meta", "link", "form", "svg", "math", "template"]);
  type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };
  const unsafeIn = (html: string): string | null => {
    const stack: Node[] = [parseFragment(html) as unknown as Node];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (FORBIDDEN_ELEMENTS.has(node.nodeName)) return `<${node.nodeName}>`;
      for (const attribute of node.attrs ?? []) {
        const value = attribute.value.replace(/[\s\u0000-\u001f]/g, "").toLowerCase();
        if (attribute.name.startsWith("on")) return `${attribute.name}=`;
        if (/^(javascript|vbscript|data:text|data:application)/.test(value)) return `${attribute.name}="${value.slice(0, 30)}"`;
      }
      stack.push(...(node.childNodes ?? []));
    }
    return null;
  };

  for (const [name, render] of [["lessons, questions and flashcards", lessonMarkdownToHtml], ["channel messages", messageMarkdownToHtml]] as const) {
    it(`holds for ${name} over 2,000 generated documents`, () => {
      fc.assert(
        fc.property(document, (markdown) => {
          const html = render(markdown);
          figures.markdownDocs += 1;
          const found = unsafeIn(html);
          if (found) figures.markdownScripts += 1;
          return found === null;
        }),
        { numRuns: 2_000, seed: SEED },
      );
    });
  }
});

afterAll(() => {
  const { unhandled } = figures;
  recordSection(ctx.reportDir, "30-fuzzing", {
    order: 30,
    title: "3. Input fuzzing (fast-check, seed 20261203)",
    figures: [
      { label: `server-action calls (${ACTION_SPECS.length} actions × ${RUNS_PER_ACTION} mutated inputs, shrinking included)`, value: figures.actionCalls },
      { label: "route-handler calls (bodies, queries and path segments)", value: figures.routeCalls },
      { label: "page requests with hostile path segments and queries", value: figures.pageCalls },
      { label: "responses of 500", value: figures.serverErrors.length, target: "0", ok: figures.serverErrors.length === 0 },
      { label: "unhandled rejections or uncaught exceptions in the server log", value: unhandled, target: "0", ok: unhandled === 0 },
      { label: "oversized bodies refused with 413", value: `${figures.oversizedRefused} / ${figures.oversized}`, target: "all", ok: figures.oversizedRefused === figures.oversized },
      { label: "Markdown documents rendered (lesson and message renderers)", value: figures.markdownDocs },
      { label: "rendered documents holding a script, event handler or script URL", value: figures.markdownScripts, target: "0", ok: figures.markdownScripts === 0 },
    ],
    notes: figures.serverErrors.slice(0, 20).map((line) => `- ${line}`),
  });
});
