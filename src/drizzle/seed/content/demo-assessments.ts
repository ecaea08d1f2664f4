import type { GradingMethod, QuestionType, ReviewTiming } from "@/drizzle/schema/enum-values";

/** Plain data for the demo tests and the classmates who have already taken one. */

export type DemoTest = {
  title: string;
  description: string;
  settings: {
    timeLimitSeconds: number | null;
    attemptsAllowed: number | null;
    gradingMethod: GradingMethod;
    shuffleQuestions: boolean;
    shuffleOptions: boolean;
    feedbackTiming: ReviewTiming;
    correctAnswersTiming: ReviewTiming;
  };
  /** Chosen questions: the nth question whose first topic and type match. */
  questions: { topic: string; type: QuestionType; nth?: number }[];
  draws: { topic: string; count: number }[];
  assignment: { openedDaysAgo: number; dueInDays: number; closesInDays: number };
  seedAttempts: boolean;
};

export const DEMO_TESTS: DemoTest[] = [
  {
    title: "Foundations of probability — unit test",
    description: "Sample spaces, counting, conditional probability, independence and Bayes' rule. One essay, marked by your teacher.",
    settings: {
      timeLimitSeconds: 30 * 60,
      attemptsAllowed: 2,
      gradingMethod: "highest",
      shuffleQuestions: false,
      shuffleOptions: true,
      feedbackTiming: "after_submit",
      correctAnswersTiming: "after_close",
    },
    questions: [
      { topic: "sample-spaces", type: "single_choice" },
      { topic: "sample-spaces", type: "true_false" },
      { topic: "sample-spaces", type: "numeric" },
      { topic: "counting", type: "single_choice" },
      { topic: "counting", type: "multiple_choice" },
      { topic: "counting", type: "short_text" },
      { topic: "conditional-probability", type: "single_choice" },
      { topic: "conditional-probability", type: "numeric" },
      { topic: "independence", type: "single_choice" },
      { topic: "independence", type: "true_false" },
      { topic: "bayes-theorem", type: "single_choice" },
      { topic: "bayes-theorem", type: "multiple_choice" },
      { topic: "independence", type: "essay" },
    ],
    draws: [],
    assignment: { openedDaysAgo: 7, dueInDays: 1, closesInDays: 5 },
    seedAttempts: true,
  },
  {
    title: "Distributions checkpoint",
    description: "Eight questions drawn at random from random variables, expectation, the binomial and the normal curve. Feedback after each answer.",
    settings: {
      timeLimitSeconds: 15 * 60,
      attemptsAllowed: 3,
      gradingMethod: "average",
      shuffleQuestions: true,
      shuffleOptions: true,
      feedbackTiming: "immediately",
      correctAnswersTiming: "after_submit",
    },
    questions: [],
    draws: [
      { topic: "random-variables", count: 2 },
      { topic: "expectation-variance", count: 2 },
      { topic: "binomial-distribution", count: 2 },
      { topic: "normal-distribution", count: 2 },
    ],
    assignment: { openedDaysAgo: 1, dueInDays: 9, closesInDays: 14 },
    seedAttempts: false,
  },
];

export type DemoClassmate = { externalId: string; name: string; email: string; ability: number; attempts: number; essay: string };

const essay = (reason: string) =>
  `Two events are independent when knowing one happened does not change the chance of the other, so P(A and B) = P(A) × P(B). ${reason}`;

/** Classmates of the demo learner; not offered at sign-in (not demo accounts), only seen in the class. */
export const DEMO_CLASSMATES: DemoClassmate[] = [
  { externalId: "demo-classmate-1", name: "Amara Nwosu", email: "amara@classmates.learnforge.dev", ability: 2.2, attempts: 1, essay: essay("Mutually exclusive events with positive probability cannot be independent, because one happening rules the other out.") },
  { externalId: "demo-classmate-2", name: "Ben Cohen", email: "ben@classmates.learnforge.dev", ability: 1.6, attempts: 2, essay: essay("I checked it with a two-way table: the conditional probability matched the overall one.") },
  { externalId: "demo-classmate-3", name: "Chloé Martin", email: "chloe@classmates.learnforge.dev", ability: 1.1, attempts: 1, essay: essay("Coin flips are the usual example.") },
  { externalId: "demo-classmate-4", name: "Dev Patel", email: "dev@classmates.learnforge.dev", ability: 0.6, attempts: 2, essay: essay("Drawing cards with replacement keeps the draws independent.") },
  { externalId: "demo-classmate-5", name: "Elif Yılmaz", email: "elif@classmates.learnforge.dev", ability: 0.2, attempts: 1, essay: essay("Without replacement they are not.") },
  { externalId: "demo-classmate-6", name: "Felix Berg", email: "felix@classmates.learnforge.dev", ability: -0.3, attempts: 1, essay: essay("This is how I would check it.") },
  { externalId: "demo-classmate-7", name: "Grace Mensah", email: "grace@classmates.learnforge.dev", ability: -0.8, attempts: 1, essay: essay("It matters for the binomial model.") },
  { externalId: "demo-classmate-8", name: "Hiro Sato", email: "hiro@classmates.learnforge.dev", ability: -1.4, attempts: 1, essay: essay("Not sure about the rest.") },
];
