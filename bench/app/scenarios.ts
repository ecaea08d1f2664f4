import type pg from "pg";
import { actionId, encodeFormDataAction } from "./action-body";
import { answerInputFor, type QuestionBodyLike } from "./answers";
import { selectOpenItems, topUpOpenItems, type OpenItem } from "./practice-pool";
import type { Fixture } from "./prepare";
import type { LatencyTarget } from "./stats";

// What each row of the table measures: the request a browser sends (a page GET, a route handler
// GET, or a server action POST exactly as React's client encodes it), for which user, and what
// the response must contain to count as served — so a fast error page cannot pass.

export type Check = (status: number, body: string, headers: Record<string, string>) => string | null;
export type RequestSpec = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: Buffer; check: Check };

export type Scenario = {
  name: string;
  /** What is requested, for the table's footnotes. */
  describe: string;
  target: LatencyTarget;
  ceiling?: boolean;
  /** Runs before each phase (warm-up and measurements), outside the timing. */
  prepare?: () => Promise<string | void>;
  next(): RequestSpec;
};

export type ScenarioContext = {
  origin: string;
  cookies: Map<string, string>;
  fixture: Fixture;
  actionIds: Map<string, string>;
  client: pg.Client;
};

const BROWSER_HEADERS = {
  "user-agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36",
  "accept-language": "en-GB,en;q=0.9",
};
const PAGE_HEADERS = { ...BROWSER_HEADERS, accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

/** The response is a 200 whose body has every one of `needles`; a redirect (to /sign-in: signed out) or any other status fails. */
export function expect200(...needles: string[]): Check {
  return (status, body, headers) => {
    if (status >= 300 && status < 400) return `${status} redirect to ${headers.location ?? "?"}`;
    if (status !== 200) return `status ${status}`;
    const missing = needles.find((needle) => !body.includes(needle));
    return missing === undefined ? null : `body lacks ${JSON.stringify(missing.slice(0, 60))}`;
  };
}

/** Round-robin over a list, each scenario starting elsewhere so users are not hit in lockstep. */
function rotation<T>(items: readonly T[], start = 0): () => T {
  if (items.length === 0) throw new Error("a scenario has nothing to rotate over");
  let index = start % items.length;
  return () => {
    const item = items[index]!;
    index = (index + 1) % items.length;
    return item;
  };
}

/**
 * Hands out each item once; when the pool runs dry it starts over and marks the request, whose
 * response then counts as an error ("pool exhausted"): a repeated submit or answer is a cheap
 * replay and must not pass as a real one.
 */
export function onceEach<T>(items: () => readonly T[]) {
  let index = 0;
  let current = items();
  return {
    reset() {
      index = 0;
      current = items();
    },
    take(): { item: T; repeated: boolean } {
      if (current.length === 0) throw new Error("an exhaustible pool is empty");
      const repeated = index >= current.length;
      const item = current[index % current.length]!;
      index += 1;
      return { item, repeated };
    },
    get used() {
      return index;
    },
  };
}

const exhausted: Check = () => "pool exhausted: a repeated request (the seed holds too few open items for this rate)";

export async function buildScenarios(context: ScenarioContext): Promise<Scenario[]> {
  const { fixture, cookies, origin, client } = context;
  const cookieOf = (userId: string) => cookies.get(userId) ?? "";
  const learners = fixture.learnerIds;
  const page = (path: string, userId: string, check: Check): RequestSpec => ({ method: "GET", path, headers: { ...PAGE_HEADERS, cookie: cookieOf(userId) }, check });
  const action = (id: string, path: string, userId: string, fields: Record<string, string>, check: Check): RequestSpec => {
    const { contentType, body } = encodeFormDataAction(fields);
    return {
      method: "POST",
      path,
      headers: { ...BROWSER_HEADERS, accept: "text/x-component", "next-action": id, "content-type": contentType, origin, cookie: cookieOf(userId) },
      body,
      check,
    };
  };
  const ids = {
    serve: actionId(context.actionIds, "src/features/practice/actions.ts", "servePracticeAction"),
    answer: actionId(context.actionIds, "src/features/practice/actions.ts", "answerPracticeAction"),
    save: actionId(context.actionIds, "src/features/attempts/actions.ts", "saveAnswerAction"),
    submit: actionId(context.actionIds, "src/features/attempts/actions.ts", "submitAttemptAction"),
  };

  const lessonPath = `/courses/probability-and-statistics/lessons/${fixture.lesson.slug}`;
  const practicePath = `/practice/${fixture.benchCourseSlug}?topic=need`;
  const channelPath = `/classes/${fixture.classId}/channels/${fixture.generalChannelId}`;
  const updatesPath = `/api/channels/${fixture.generalChannelId}/updates?since=${encodeURIComponent(fixture.pollSince)}`;

  // Autosave: every slot of every learner's first bench test, interleaved so that neighbours are different attempts.
  const saves = await client.query<{ attempt_id: string; user_id: string; slot: number; body: QuestionBodyLike }>(
    `select ai.attempt_id, a.user_id, ai.slot, qv.body from attempt_items ai join attempts a on a.id = ai.attempt_id
     join question_versions qv on qv.id = ai.question_version_id
     where a.test_id = $1 and a.state = 'in_progress' order by ai.slot, a.user_id`,
    [fixture.testIds[0]],
  );
  const nextSave = rotation(saves.rows.map((row, index) => ({ ...row, answer: JSON.stringify(answerInputFor(row.body, index % 4 !== 3)) })));
  // Submit: the open attempts of every test but the heavy learner's (one of them stays open for the attempt page).
  const submits = await client.query<{ id: string; user_id: string }>(
    `select a.id, a.user_id from attempts a join tests t on t.id = a.test_id
     where a.test_id = any($1) and a.state = 'in_progress' and a.user_id <> $2 order by t.title, a.user_id`,
    [fixture.testIds, fixture.heavyLearnerId],
  );
  const submitPool = onceEach(() => submits.rows);
  let answerItems: OpenItem[] = [];
  const answerPool = onceEach(() => answerItems);
  const practiceCourses = [fixture.benchCourseId, fixture.demoCourseId];
  const refillBelow = Math.max(100, Math.round(learners.length / 2));
  let refilling = false;
  const refillAnswers = () => {
    if (refilling) return;
    refilling = true;
    void (async () => {
      try {
        await topUpOpenItems(client, learners, practiceCourses);
        const known = new Set(answerItems.map((item) => item.itemId));
        for (const item of await selectOpenItems(client, learners)) if (!known.has(item.itemId)) answerItems.push(item);
      } catch (error) {
        console.error("bench: serving more practice questions failed:", error instanceof Error ? error.message : error);
      } finally {
        refilling = false;
      }
    })();
  };

  const scenarios: Scenario[] = [
    {
      name: "ping (ceiling)",
      describe: "GET /api/ping — no I/O, through src/proxy.ts like every route",
      target: null,
      ceiling: true,
      next: () => ({ method: "GET", path: "/api/ping", headers: { ...BROWSER_HEADERS, accept: "*/*" }, check: expect200("ok") }),
    },
    (() => {
      const user = rotation(learners, 1);
      return {
        name: "dashboard",
        describe: "GET /dashboard — each request a different learner",
        target: "dashboard" as const,
        next: () => page("/dashboard", user(), expect200("Welcome back", "My courses", "Certification prep (bench)")),
      };
    })(),
    (() => {
      const user = rotation(learners, 2);
      return {
        name: "lesson",
        describe: `GET ${lessonPath}`,
        target: null,
        next: () => page(lessonPath, user(), expect200(escapeHtml(fixture.lesson.title), "Lesson navigation")),
      };
    })(),
    (() => {
      const user = rotation(learners, 3);
      return {
        name: "practice page",
        describe: `GET ${practicePath} — the open question, rendered on the server`,
        target: null,
        next: () => page(practicePath, user(), expect200('id="practice-question"', "Check answer")),
      };
    })(),
    (() => {
      const user = rotation(learners, 4);
      return {
        name: "review queue",
        describe: "GET /review",
        target: null,
        next: () => page("/review", user(), expect200("due today", "Write a flashcard")),
      };
    })(),
    (() => {
      const user = rotation(learners, 5);
      return {
        name: "channel poll",
        describe: `GET /api/channels/<general>/updates?since=<2.5 min before the newest message>`,
        target: null,
        next: () => ({ method: "GET", path: updatesPath, headers: { ...BROWSER_HEADERS, accept: "*/*", cookie: cookieOf(user()) }, check: expect200('"cursor"', '"messages":[{', '"unread"') }),
      };
    })(),
    (() => {
      const user = rotation(learners, 6);
      return {
        name: "channel page",
        describe: `GET /classes/<demo class>/channels/<general> — latest page of ${fixture.counts.general_messages ?? "?"} messages`,
        target: null,
        next: () => page(channelPath, user(), expect200("general", "Message ")),
      };
    })(),
    (() => {
      const user = rotation(learners, 7);
      return {
        name: "practice next (action)",
        describe: `POST ${practicePath} Next-Action servePracticeAction {courseSlug, topic: need}`,
        target: null,
        next: () => action(ids.serve, practicePath, user(), { courseSlug: fixture.benchCourseSlug, topic: "need" }, expect200('"ok":true', '"itemId"')),
      };
    })(),
    {
      name: "practice answer (action)",
      describe: "POST /practice/<course>?topic=need Next-Action answerPracticeAction {itemId, answer, durationMs} — each a served, unanswered item",
      target: "write",
      prepare: async () => {
        const served = await topUpOpenItems(client, learners, practiceCourses);
        answerItems = (await selectOpenItems(client, learners)).sort((a, b) => a.courseSlug.localeCompare(b.courseSlug));
        answerPool.reset();
        return `${answerItems.length} open practice items (${served} newly served)`;
      },
      next: () => {
        // Answered learners get their next question served (in SQL, beside the load) before the pool runs dry.
        if (answerItems.length - answerPool.used < refillBelow) refillAnswers();
        const { item, repeated } = answerPool.take();
        return action(
          ids.answer,
          `/practice/${item.courseSlug}?topic=need`,
          item.userId,
          { itemId: item.itemId, answer: JSON.stringify(item.answer), durationMs: "8400" },
          repeated ? exhausted : expect200('"ok":true', '"replayed":false'),
        );
      },
    },
    {
      name: "test autosave (action)",
      describe: "POST /attempts/<id> Next-Action saveAnswerAction {attemptId, slot, answer}",
      target: "write",
      next: () => {
        const save = nextSave();
        return action(ids.save, `/attempts/${save.attempt_id}`, save.user_id, { attemptId: save.attempt_id, slot: String(save.slot), answer: save.answer }, expect200('"ok":true', '"kind":"saved"'));
      },
    },
    {
      name: "test submit (action)",
      describe: "POST /attempts/<id> Next-Action submitAttemptAction {attemptId} — a distinct open attempt each; the answer carries the review page (x-action-redirect)",
      target: "write",
      prepare: async () => `${submits.rows.length - submitPool.used} open attempts left`,
      next: () => {
        const { item, repeated } = submitPool.take();
        const check: Check = (status, body, headers) => {
          const redirect = headers["x-action-redirect"] ?? "";
          if (status === 200 && !redirect.startsWith(`/attempts/${item.id}`)) return `x-action-redirect is "${redirect.slice(0, 60)}"`;
          return expect200("Bench quiz")(status, body, headers);
        };
        return action(ids.submit, `/attempts/${item.id}`, item.user_id, { attemptId: item.id }, repeated ? exhausted : check);
      },
    },
  ];
  return scenarios;
}
