import type { PracticeMode } from "@/drizzle/schema/enum-values";
import type { LearnerQuestion, LearnerSlotReview } from "@/features/attempts/lib/present";
import type { MasteryLevel } from "./lib/elo";
import type { PlacementResult } from "./lib/placement";

/** What the browser receives for a served practice question: no answer key. */
export type ServedQuestion = {
  itemId: string;
  mode: PracticeMode;
  topic: { slug: string; name: string; level: MasteryLevel };
  /** "prerequisite": a warm-up from a weaker prerequisite of the topic asked for. */
  reason: "target" | "prerequisite" | "placement";
  question: LearnerQuestion;
  servedAt: string;
  /** In a placement check: how many questions have been answered so far. */
  placementAnswered?: number;
};

export type LessonLink = { href: string; lessonTitle: string; heading: string };

/** The verdict on a practice answer, shown at once. */
export type PracticeFeedback = {
  itemId: string;
  /** True when this answer had been recorded already (a repeated request). */
  replayed: boolean;
  correct: boolean;
  score: number;
  question: LearnerQuestion;
  response: unknown;
  review: LearnerSlotReview;
  lesson: LessonLink | null;
  topic: { slug: string; name: string; levelBefore: MasteryLevel; levelAfter: MasteryLevel; chanceBefore: number; chanceAfter: number };
  readNextQueued: boolean;
  reviewCardAdded: boolean;
  /** Set when the answer finished a placement check. */
  placement?: { finished: boolean; answered: number; result?: PlacementResult };
};

export type TopicMastery = {
  topicId: string;
  slug: string;
  name: string;
  level: MasteryLevel;
  /** Predicted chance of answering an average question of the topic. */
  chance: number;
  answers: number;
  correct: number;
  hasQuestions: boolean;
  position: number;
};
