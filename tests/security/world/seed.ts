import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/drizzle/db";
import { UserTable, type User, type UserRole } from "@/drizzle/schema";
import { insertCourse, insertTopic, setCoursePublished } from "@/features/courses/db-authoring";
import { insertLesson, insertModule, setLessonPublished } from "@/features/courses/db-outline";
import { courseDetailsSchema, lessonSchema, moduleSchema, slugify, topicSchema } from "@/features/courses/schemas-authoring";
import { questionDraftSchema } from "@/features/questions/schemas";
import { insertQuestions } from "@/features/questions/db";
import { insertQuestionDraft, selectGenerationSource } from "@/features/question-generation/db";
import { insertClass, joinClassByCode, upsertAssignment } from "@/features/classes/db";
import { assignmentWindowSchema } from "@/features/classes/schemas";
import { insertTest, replaceTestItems, setTestPublished } from "@/features/tests/db";
import { testItemsSchema, testSettingsSchema, type TestSettingsInput } from "@/features/tests/schemas";
import { saveAttemptAnswer, startAttempt, submitAttempt } from "@/features/attempts/db";
import { selectAttemptForLearner } from "@/features/attempts/db-view";
import { gradeAttemptItem } from "@/features/attempts/db-grading";
import { gradeHomework, postMessage, replyToMessage, submitHomework } from "@/features/channels/db";
import { selectClassChannels } from "@/features/channels/db-channels";
import { selectNotifications } from "@/features/notifications/db";
import { insertNotifications } from "@/features/notifications/db-insert";
import { insertOwnFlashcard } from "@/features/review/db-cards";
import { servePracticeQuestion } from "@/features/practice/db";
import { insertTutorConversation, insertTutorMessage } from "@/features/tutor/db";
import { seedHostileContent } from "./seed-xss";
import type { SecurityWorld, Tenant, TenantCanaries, UserRef } from "./types";

async function selectUser(db: Database, id: string): Promise<User> {
  const [user] = await db.select().from(UserTable).where(eq(UserTable.id, id));
  if (!user) throw new Error(`security seed: user ${id} is missing`);
  return user;
}

// Builds the security world through the app's own data access layer, acting as the user each
// step belongs to, so every row is what real use creates. Only the users are inserted directly:
// the DAL creates development users with random external ids, and the suite needs stable ones.

type TenantKey = Tenant["key"];
type People = { teacher: User; learner: User; classmate: User; outsider: User };
type CourseParts = Pick<Tenant, "course" | "moduleId" | "lesson" | "topicId" | "spareTopicId"> & { topicSlug: string };

const ROLES: Record<keyof People, Exclude<UserRole, "admin">> = { teacher: "teacher", learner: "learner", classmate: "learner", outsider: "learner" };

const userRef = (user: User): UserRef => ({ id: user.id, name: user.name, email: user.email });

async function insertPeople(db: Database, key: TenantKey): Promise<People> {
  const specs = (Object.keys(ROLES) as (keyof People)[]).map((part) => ({
    part,
    externalId: `sec-${key.toLowerCase()}-${part}`,
    values: { authProvider: "dev" as const, externalId: `sec-${key.toLowerCase()}-${part}`, role: ROLES[part], name: `Security ${key} ${part}`, email: `sec-${key.toLowerCase()}-${part}@security.test` },
  }));
  await db.insert(UserTable).values(specs.map((spec) => spec.values)).onConflictDoNothing();
  const rows = await db
    .select()
    .from(UserTable)
    .where(and(eq(UserTable.authProvider, "dev"), inArray(UserTable.externalId, specs.map((spec) => spec.externalId))));
  const byExternalId = new Map(rows.map((row) => [row.externalId, row]));
  const userOf = (part: keyof People) => {
    const user = byExternalId.get(`sec-${key.toLowerCase()}-${part}`);
    if (!user) throw new Error(`security seed: user ${key} ${part} is missing after its insert`);
    return user;
  };
  return { teacher: userOf("teacher"), learner: userOf("learner"), classmate: userOf("classmate"), outsider: userOf("outsider") };
}

async function selectDemoAdmin(db: Database): Promise<User> {
  const [admin] = await db.select().from(UserTable).where(and(eq(UserTable.authProvider, "dev"), eq(UserTable.externalId, "demo-admin"))).limit(1);
  if (!admin) throw new Error("security seed: the demo admin (demo-admin) is missing; run seedDemoContent first");
  return admin;
}

/** A private published course of the teacher's: a topic, a module and a published lesson on it. */
async function authorCourse(teacher: User, key: TenantKey, { shared }: TenantCanaries, slugSalt: string): Promise<CourseParts> {
  const slug = `sec-${key.toLowerCase()}-course-${slugSalt}`;
  const details = courseDetailsSchema.parse({ title: `Course ${key} ${shared}`, slug, description: `Course description ${shared}`, visibility: "private" });
  const courseId = await insertCourse(teacher, details);
  const topic = topicSchema.parse({ name: `Topic ${key}`, slug: `sec-${key.toLowerCase()}-topic` });
  const topicId = await insertTopic(teacher, courseId, topic);
  const spareTopicId = await insertTopic(teacher, courseId, topicSchema.parse({ name: `Spare topic ${key}`, slug: `sec-${key.toLowerCase()}-spare` }));
  const moduleId = await insertModule(teacher, courseId, moduleSchema.parse({ title: `Module ${key}` }));
  const lessonSlug = `sec-${key.toLowerCase()}-lesson`;
  const lessonInput = lessonSchema.parse({
    title: `Lesson ${key}`,
    slug: lessonSlug,
    markdown: `## Reading ${key}\n\nLesson text ${shared} about the tenant's topic.\n\n## Practice ${key}\n\nMore lesson text ${shared} to practise with.`,
    topicSlugs: [topic.slug],
  });
  const lessonId = await insertLesson(teacher, moduleId, lessonInput);
  await setLessonPublished(teacher, lessonId, true);
  await setCoursePublished(teacher, courseId, true);
  return { course: { id: courseId, slug }, moduleId, lesson: { id: lessonId, slug: lessonSlug }, topicId, spareTopicId, topicSlug: topic.slug };
}

const CORRECT_OPTION = "b";

/** A single-choice and an essay question in the bank, tagged with the topic; then a pending AI draft. */
async function authorQuestions(teacher: User, parts: CourseParts, { shared }: TenantCanaries) {
  const drafts = [
    {
      body: {
        type: "single_choice",
        stem: `Question stem ${shared}: which option is right?`,
        options: [
          { id: "a", text: "The first option", correct: false },
          { id: CORRECT_OPTION, text: "The second option", correct: true },
          { id: "c", text: "The third option", correct: false },
        ],
      },
      topicSlugs: [parts.topicSlug],
    },
    {
      body: { type: "essay", stem: `Essay stem ${shared}: explain the topic.`, rubric: [{ criterion: "Explains the idea", points: 2 }] },
      topicSlugs: [parts.topicSlug],
    },
  ].map((draft) => questionDraftSchema.parse(draft));
  const [questionId, essayQuestionId] = await insertQuestions(teacher, parts.course.id, drafts);
  if (!questionId || !essayQuestionId) throw new Error("security seed: the questions were not created");

  // As the generator stores one: a generation id, a passage of the lesson as its source.
  const source = await selectGenerationSource(teacher, parts.course.id, parts.lesson.id, null);
  const chunk = source.chunks[0];
  if (!chunk) throw new Error("security seed: the lesson has no passages for the AI draft");
  const draft = await insertQuestionDraft(teacher, parts.course.id, randomUUID(), parts.lesson.id, {
    status: "pending",
    body: questionDraftSchema.parse({ body: { type: "true_false", stem: `Draft stem ${shared}: the lesson says so.`, correct: true } }).body,
    topicSlugs: [parts.topicSlug],
    difficulty: "medium",
    source: { lessonId: source.lesson.id, lessonSlug: source.lesson.slug, lessonTitle: source.lesson.title, anchor: chunk.anchor, heading: chunk.heading, quote: chunk.content.slice(0, 200) },
    problems: [],
  });
  return { questionId, essayQuestionId, draftId: draft.id };
}

async function authorTest(teacher: User, courseId: string, settings: TestSettingsInput, questions: { questionId: string; points: number }[]): Promise<string> {
  const testId = await insertTest(teacher, courseId, testSettingsSchema.parse(settings));
  await replaceTestItems(teacher, testId, testItemsSchema.parse(questions.map((question) => ({ kind: "question", ...question }))));
  await setTestPublished(teacher, testId, true);
  return testId;
}

/** Answers every slot (the essay with the personal canary), submits, and has the teacher mark the essay. */
async function takeAndGradeAttempt(learner: User, teacher: User, testId: string, assignmentId: string, { personal }: TenantCanaries): Promise<string> {
  const { attemptId } = await startAttempt(learner, testId, assignmentId);
  const view = await selectAttemptForLearner(learner, attemptId);
  for (const slot of view.slots) {
    const response = slot.question.type === "essay" ? { text: `My essay answer ${personal} in my own words.` } : { optionId: CORRECT_OPTION };
    await saveAttemptAnswer(learner, attemptId, slot.slot, response);
  }
  const outcome = await submitAttempt(learner, attemptId);
  if (outcome.state !== "submitted") throw new Error(`security seed: the essay attempt should wait for a teacher, it is ${outcome.state}`);
  const essay = view.slots.find((slot) => slot.question.type === "essay");
  if (!essay) throw new Error("security seed: the test has no essay slot");
  await gradeAttemptItem(teacher, { attemptId, slot: essay.slot, score: 1.5, feedback: `Teacher feedback ${personal}: a good start.` });
  return attemptId;
}

async function startOpenAttempt(learner: User, testId: string): Promise<Tenant["openAttempt"]> {
  const { attemptId } = await startAttempt(learner, testId, null);
  const view = await selectAttemptForLearner(learner, attemptId);
  return { id: attemptId, testId, slots: view.slots.map((slot) => slot.slot) };
}

/** #general: the learner's message and a classmate's reply, then homework handed in and graded. */
async function seedChannels(people: People, generalId: string, { shared, personal }: TenantCanaries) {
  const message = await postMessage(people.learner, generalId, `Learner message ${shared}: a question for the class.`);
  const reply = await replyToMessage(people.classmate, message.id, `Classmate reply ${shared}: here is what I think.`);
  const homework = await postMessage(people.learner, generalId, `Homework message ${shared}: my answer to the exercise.`);
  await submitHomework(people.learner, homework.id);
  await gradeHomework(people.teacher, homework.id, { grade: "A-", feedback: `Homework feedback ${personal}: well argued.` });
  return { messageId: message.id, replyId: reply.id, homeworkMessageId: homework.id };
}

/**
 * The learner's notification with the personal canary. The real producers do not carry it whole:
 * grade notifications name the test (shared), and the homework one quotes the feedback through
 * excerpt(), which strips Markdown characters, underscores included. So it is written with the
 * producers' own writer, as a grade notice about the learner's essay.
 */
async function insertPersonalNotification(db: Database, learner: User, attemptId: string, { personal }: TenantCanaries): Promise<number> {
  const title = `Feedback on your essay: ${personal}`;
  await insertNotifications(db, [
    { userId: learner.id, kind: "grade_released", title, body: `Teacher feedback ${personal}: a good start.`, link: `/attempts/${attemptId}`, dedupeKey: `security-world:${attemptId}` },
  ]);
  const { items } = await selectNotifications(learner, { limit: 100 });
  const notification = items.find((item) => item.title === title);
  if (!notification) throw new Error("security seed: the learner's personal notification is missing after its insert");
  return notification.id;
}

async function seedTenant(db: Database, key: TenantKey, salt: string): Promise<Tenant> {
  const canaries: TenantCanaries = { shared: `CANARY_${key}_SHARED_${salt}`, personal: `CANARY_${key}_PERSONAL_${salt}` };
  const people = await insertPeople(db, key);
  const { teacher, learner, classmate } = people;
  const parts = await authorCourse(teacher, key, canaries, slugify(salt));
  const { questionId, essayQuestionId, draftId } = await authorQuestions(teacher, parts, canaries);

  const klass = await insertClass(teacher, parts.course.id, `Class ${key} ${canaries.shared}`);
  for (const member of [learner, classmate]) await joinClassByCode(member, klass.joinCode);
  const { channels } = await selectClassChannels(teacher, klass.id);
  const channelId = (kind: "general" | "announcements") => {
    const found = channels.find((channel) => channel.kind === kind);
    if (!found) throw new Error(`security seed: class ${key} has no ${kind} channel`);
    return found.id;
  };

  const both = [{ questionId, points: 1 }, { questionId: essayQuestionId, points: 2 }];
  const testId = await authorTest(teacher, parts.course.id, { title: `Test ${key} ${canaries.shared}`, attemptsAllowed: 3, feedbackTiming: "after_submit", aiGrading: "off" }, both);
  const assignmentId = await upsertAssignment(teacher, klass.id, testId, assignmentWindowSchema.parse({}));
  const submittedAttemptId = await takeAndGradeAttempt(learner, teacher, testId, assignmentId, canaries);

  const messages = await seedChannels(people, channelId("general"), canaries);
  const notificationId = await insertPersonalNotification(db, learner, submittedAttemptId, canaries);
  const card = await insertOwnFlashcard(learner, { front: `Card front ${canaries.personal}`, back: `Card back ${canaries.personal}`, courseSlug: parts.course.slug }, new Date());
  // Served before the second test opens: practice leaves out the questions of an open attempt.
  const served = await servePracticeQuestion(learner, parts.course.slug, parts.topicSlug);
  const conversation = await insertTutorConversation(learner, { courseId: parts.course.id, title: `Tutor chat ${canaries.personal}`, socratic: true });
  await insertTutorMessage(learner, conversation.id, { role: "user", content: `Tutor question ${canaries.personal}: can you explain the lesson?` });

  const secondTestId = await authorTest(teacher, parts.course.id, { title: `Test ${key} open ${canaries.shared}`, attemptsAllowed: null, timeLimitMinutes: null, aiGrading: "off" }, both);
  const openAttempt = await startOpenAttempt(learner, secondTestId);

  return {
    key,
    canaries,
    teacher: userRef(teacher),
    learner: userRef(learner),
    classmate: userRef(classmate),
    outsider: userRef(people.outsider),
    course: parts.course,
    moduleId: parts.moduleId,
    lesson: parts.lesson,
    topicId: parts.topicId,
    spareTopicId: parts.spareTopicId,
    questionId,
    essayQuestionId,
    draftId,
    testId,
    assignmentId,
    klass,
    submittedAttemptId,
    openAttempt,
    channels: { generalId: channelId("general"), announcementsId: channelId("announcements") },
    ...messages,
    notificationId,
    reviewCardId: card.cardId,
    practiceItemId: served.itemId,
    tutorConversationId: conversation.id,
  };
}

/**
 * Seeds the two tenants on a database that already holds the demo content (only its admin is
 * used). The app's global database (`@/drizzle/db`, from the env) must be this same database:
 * the data access layer writes through it.
 */
export async function seedSecurityWorld(db: Database, options: { canarySalt: string }): Promise<SecurityWorld> {
  if (!/^[A-Za-z0-9]{1,32}$/.test(options.canarySalt)) throw new Error("seedSecurityWorld: canarySalt must be 1–32 letters or digits");
  const admin = await selectDemoAdmin(db);
  const A = await seedTenant(db, "A", options.canarySalt);
  const B = await seedTenant(db, "B", options.canarySalt);
  const teacher = await selectUser(db, A.teacher.id);
  const learner = await selectUser(db, A.learner.id);
  const outsider = await selectUser(db, A.outsider.id);
  const hostile = await seedHostileContent({ teacher, learner, cardOwner: outsider, courseId: A.course.id, courseSlug: A.course.slug, generalChannelId: A.channels.generalId });
  return { admin: userRef(admin), tenants: { A, B }, hostile };
}
