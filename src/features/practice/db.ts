import "server-only";
import { getDb } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { masteryLevel } from "./lib/elo";
import { chooseQuestion, chooseServedTopic, pickNeediestTopic, type TopicState } from "./lib/select";
import { insertServedItem, selectCandidates, selectOpenServedQuestion } from "./db-serve";
import { selectEnrolledCourse, selectTopicStates, toTopicMastery, type PracticeCourse } from "./db-topics";
import type { ServedQuestion, TopicMastery } from "./types";

export { recordPracticeAnswer } from "./db-answer";

export type PracticeSession = {
  course: PracticeCourse;
  topics: TopicMastery[];
  /** The topic "what I need most" would serve now. */
  neediest: TopicMastery | null;
  open: (ServedQuestion & { requestedTopicId: string | null }) | null;
};

/** What the practice page shows: the course's topics with mastery, and any open question. */
export async function selectPracticeSession(learner: Pick<User, "id">, courseSlug: string): Promise<PracticeSession> {
  const db = await getDb();
  const course = await selectEnrolledCourse(db, learner, courseSlug);
  const [{ topics, correct }, open] = await Promise.all([
    selectTopicStates(db, learner.id, course.id),
    selectOpenServedQuestion(db, learner.id, course.id, "practice"),
  ]);
  const neediest = pickNeediestTopic(topics);
  return {
    course,
    topics: topics.map((topic) => toTopicMastery(topic, correct.get(topic.topicId) ?? 0)),
    neediest: neediest ? toTopicMastery(neediest, correct.get(neediest.topicId) ?? 0) : null,
    open,
  };
}

/**
 * Serves the next practice question: the topic asked for (or the one the learner needs most),
 * sometimes a weaker prerequisite of it, and within it the question nearest the target success
 * rate. An open question of the learner in this course is skipped in favour of the new one.
 */
export async function servePracticeQuestion(
  learner: Pick<User, "id">,
  courseSlug: string,
  topicSlug: string | null,
  random: () => number = Math.random,
): Promise<ServedQuestion> {
  const db = await getDb();
  const course = await selectEnrolledCourse(db, learner, courseSlug);
  const { topics } = await selectTopicStates(db, learner.id, course.id);
  const requested = topicSlug === null ? pickNeediestTopic(topics) : topics.find((topic) => topic.slug === topicSlug);
  if (!requested) throw new AppError("NOT_FOUND", topicSlug === null ? "This course has no practice questions yet." : `This course has no topic "${topicSlug}".`);
  if (requested.questionCount === 0) throw new AppError("NOT_FOUND", `There are no practice questions on ${requested.name} yet.`);
  const byId = new Map(topics.map((topic) => [topic.topicId, topic]));
  const served = chooseServedTopic(requested, byId, { random });
  let choice = await chooseFrom(db, learner.id, course.id, served.topic, random);
  let topic = served.topic;
  let reason: ServedQuestion["reason"] = served.reason;
  if (!choice && served.reason === "prerequisite") {
    ({ topic, reason } = { topic: requested, reason: "target" });
    choice = await chooseFrom(db, learner.id, course.id, requested, random);
  }
  // Every question of the topic is in an open test attempt of this learner.
  if (!choice) throw new AppError("CONFLICT", `The questions on ${requested.name} are in a test you have open; finish it first.`);
  const itemId = await insertServedItem(db, {
    learnerId: learner.id,
    courseId: course.id,
    mode: "practice",
    topic,
    requestedTopicId: topicSlug === null ? null : requested.topicId,
    reason,
    candidate: choice,
  });
  const open = await selectOpenServedQuestion(db, learner.id, course.id, "practice");
  if (!open || open.itemId !== itemId) throw new AppError("CONFLICT", "Another practice question was served at the same moment; reload to continue.");
  return { ...open, topic: { ...open.topic, level: masteryLevel(topic.skill) } };
}

async function chooseFrom(db: Awaited<ReturnType<typeof getDb>>, learnerId: string, courseId: string, topic: TopicState, random: () => number) {
  const { candidates, poolSize } = await selectCandidates(db, learnerId, courseId, topic.topicId, topic.skill.value);
  return chooseQuestion(candidates, { skill: topic.skill.value, poolSize, random });
}

/** The learner's mastery of each topic of a course, by topic slug (for badges wherever topics appear). */
export async function selectTopicMasteries(learner: Pick<User, "id">, courseId: string): Promise<Map<string, TopicMastery>> {
  const db = await getDb();
  const { topics, correct } = await selectTopicStates(db, learner.id, courseId);
  return new Map(topics.map((topic) => [topic.slug, toTopicMastery(topic, correct.get(topic.topicId) ?? 0)]));
}
