// The security suite's world: two tenants (a class each, on a private course of its own
// teacher) seeded with canary strings, plus one admin. Every probe targets one tenant's
// objects as a caller who should, or should not, reach them; a response that carries a
// canary its caller is not entitled to is a leak.

export type UserRef = { id: string; name: string; email: string };

/**
 * Canary prefixes. Every canary string of a tenant starts with `shared` (content its class may
 * see: lessons, messages, class name, questions) or `personal` (one learner's own work: answers,
 * feedback, grades, notifications, flashcards — for that learner, their teachers and admins).
 */
export type TenantCanaries = { shared: string; personal: string };

export type Tenant = {
  key: "A" | "B";
  canaries: TenantCanaries;
  teacher: UserRef;
  /** Owner of the tenant's personal objects (attempts, cards, notifications…). */
  learner: UserRef;
  /** Another learner of the same class: a peer who must not see `learner`'s personal work. */
  classmate: UserRef;
  /** A learner who has not joined the class (nor the course): outsider inside the role. */
  outsider: UserRef;
  course: { id: string; slug: string };
  moduleId: string;
  lesson: { id: string; slug: string };
  topicId: string;
  /** A topic nothing is tagged with and nobody has practised: one its teacher may delete. */
  spareTopicId: string;
  /** A single-choice question and an essay question of the course's bank. */
  questionId: string;
  essayQuestionId: string;
  /** A pending AI question draft of the course (for approve/reject). */
  draftId: string;
  /** A published test with the two questions, assigned to the class. */
  testId: string;
  assignmentId: string;
  klass: { id: string; joinCode: string };
  /** The learner's submitted attempt (essay answer and teacher feedback are personal canaries). */
  submittedAttemptId: string;
  /** The learner's in-progress attempt on a second test (slots 1..n). */
  openAttempt: { id: string; testId: string; slots: number[] };
  channels: { generalId: string; announcementsId: string };
  /** The learner's message in #general (shared canary), a reply to it, and a graded homework message. */
  messageId: number;
  replyId: number;
  homeworkMessageId: number;
  /** The learner's notification with the personal canary (a grade notice on the essay). A bigint identity, so a number. */
  notificationId: number;
  /** The learner's own flashcard (personal canary) and a review card id. */
  reviewCardId: string;
  /** The learner's practice item served and not yet answered. */
  practiceItemId: string;
  tutorConversationId: string;
};

/** Tenant A's hostile Markdown (tests/security/world/xss-payloads.ts) where each renderer shows it. */
export type HostileContent = {
  lesson: { id: string; slug: string };
  questionId: string;
  testId: string;
  /** The learner's open attempt on the hostile test. */
  attemptId: string;
  messageIds: number[];
  /** A.outsider's flashcard (their only card). */
  flashcardId: string;
};

export type SecurityWorld = {
  admin: UserRef;
  tenants: { A: Tenant; B: Tenant };
  hostile: HostileContent;
};
