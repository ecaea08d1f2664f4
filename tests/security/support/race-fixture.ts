import type pg from "pg";
import type { User } from "@/drizzle/schema";
import { closeAppDatabase, useAppDatabase } from "../../support/app-env";

// What the concurrency tests race on, written through the app's data access layer in this
// process (against the server's PostgreSQL): the demo course, its teacher, a test allowing two
// attempts, a class, and fresh learners, one per race, so rate limits and state never mix.

export type RaceFixture = {
  courseSlug: string;
  testId: string;
  joinCode: string;
  /** An option of the question in a slot of the race test (slots follow the items' order). */
  optionOf(slot: number): string;
  learner(name: string, options?: { enrol?: boolean }): Promise<User>;
  startAttempt(learner: User): Promise<string>;
  /** Saves an answer (the right one or a wrong one) to every slot of an open attempt. */
  answerAll(learner: User, attemptId: string, right: boolean): Promise<void>;
  submit(learner: User, attemptId: string): Promise<void>;
  flashcard(learner: User): Promise<string>;
  /** Serves a practice question; `answer` is a well-formed answer to it (the action's JSON). */
  servePractice(learner: User): Promise<{ itemId: string; questionId: string; answer: string }>;
  close(): Promise<void>;
};

export async function openRaceFixture(databaseUrl: string, client: pg.Client, options: { attemptsAllowed?: number | null } = {}): Promise<RaceFixture> {
  await useAppDatabase("pg", { databaseUrl });
  const attempts = await import("@/features/attempts/db");
  const attemptView = await import("@/features/attempts/db-view");
  const courses = await import("@/features/courses/db");
  const classes = await import("@/features/classes/db");
  const tests = await import("@/features/tests/db");
  const testSchemas = await import("@/features/tests/schemas");
  const cards = await import("@/features/review/db-cards");
  const practice = await import("@/features/practice/db");
  const users = await client.query<User>(`select * from users where external_id = 'demo-teacher'`);
  const teacher = users.rows[0];
  if (!teacher) throw new Error("race fixture: no demo teacher");
  const toUser = (row: Record<string, unknown>) => ({ ...row, id: String(row.id), role: row.role, authProvider: row.auth_provider }) as unknown as User;
  const course = (await client.query<{ id: string; slug: string }>(`select id, slug from courses where slug = 'probability-and-statistics'`)).rows[0]!;
  const questions = await client.query<{ id: string }>(
    `select q.id from questions q join question_versions v on v.question_id = q.id and v.version = q.latest_version
     where q.course_id = $1 and v.type = 'single_choice' and q.archived_at is null order by q.id limit 2`,
    [course.id],
  );
  const author = toUser(teacher as unknown as Record<string, unknown>);
  const testId = await tests.insertTest(author, course.id, testSchemas.testSettingsSchema.parse({ title: "Race test", attemptsAllowed: options.attemptsAllowed === undefined ? 2 : options.attemptsAllowed, timeLimitMinutes: null, aiGrading: "off", feedbackTiming: "after_submit" }));
  await tests.replaceTestItems(author, testId, testSchemas.testItemsSchema.parse(questions.rows.map((row) => ({ kind: "question", questionId: row.id, points: 1 }))));
  await tests.setTestPublished(author, testId, true);
  const klass = await classes.insertClass(author, course.id, "Race class");

  const optionOf = async (questionVersionId: string, right: boolean) => {
    const { rows } = await client.query<{ body: { options: { id: string; correct: boolean }[] } }>(`select body from question_versions where id = $1`, [questionVersionId]);
    const option = rows[0]!.body.options.find((candidate) => candidate.correct === right);
    return option!.id;
  };
  const firstOptions: string[] = [];
  for (const row of questions.rows) {
    const { rows: bodies } = await client.query<{ body: { options: { id: string }[] } }>(`select v.body from questions q join question_versions v on v.question_id = q.id and v.version = q.latest_version where q.id = $1`, [row.id]);
    firstOptions.push(bodies[0]!.body.options[0]!.id);
  }
  let made = 0;
  return {
    courseSlug: course.slug,
    testId,
    joinCode: klass.joinCode,
    optionOf: (slot) => firstOptions[(slot - 1) % firstOptions.length]!,
    async learner(name, options = {}) {
      made += 1;
      const { rows } = await client.query(
        `insert into users (auth_provider, external_id, email, name, role) values ('dev', $1, $2, $3, 'learner') returning *`,
        [`race-${name}-${made}-${Date.now()}`, `race-${name}-${made}-${Date.now()}@security.test`, `Racer ${name}`],
      );
      const user = toUser(rows[0] as Record<string, unknown>);
      if (options.enrol) await courses.insertEnrolment(user, course.slug);
      return user;
    },
    async startAttempt(learner) {
      return (await attempts.startAttempt(learner, testId, null)).attemptId;
    },
    async answerAll(learner, attemptId, right) {
      const view = await attemptView.selectAttemptForLearner(learner, attemptId);
      const { rows } = await client.query<{ slot: number; question_version_id: string }>(`select slot, question_version_id from attempt_items where attempt_id = $1`, [attemptId]);
      for (const slot of view.slots) {
        const versionId = rows.find((row) => row.slot === slot.slot)!.question_version_id;
        await attempts.saveAttemptAnswer(learner, attemptId, slot.slot, { optionId: await optionOf(versionId, right) });
      }
    },
    async submit(learner, attemptId) {
      await attempts.submitAttempt(learner, attemptId);
    },
    async flashcard(learner) {
      return (await cards.insertOwnFlashcard(learner, { front: "Race card front", back: "Race card back", courseSlug: null }, new Date(Date.now() - 60_000))).cardId;
    },
    async servePractice(learner) {
      const served = await practice.servePracticeQuestion(learner, course.slug, null);
      const { rows } = await client.query<{ question_id: string; body: { type: string; options?: { id: string; correct: boolean }[] } }>(
        `select p.question_id, v.body from practice_items p join question_versions v on v.id = p.question_version_id where p.id = $1`,
        [served.itemId],
      );
      const { question_id: questionId, body } = rows[0]!;
      const firstRight = body.options?.find((option) => option.correct)?.id ?? "a";
      const answers: Record<string, unknown> = {
        single_choice: { type: "single_choice", optionId: firstRight },
        multiple_choice: { type: "multiple_choice", optionIds: [firstRight] },
        true_false: { type: "true_false", value: true },
        numeric: { type: "numeric", text: "1" },
        short_text: { type: "short_text", text: "an answer" },
      };
      return { itemId: served.itemId, questionId, answer: JSON.stringify(answers[body.type] ?? answers.short_text) };
    },
    close: closeAppDatabase,
  };
}
