import type { QuestionDraftInput } from "./index";

const libraryTable = [
  "| Year | Uses the library weekly | Does not | Total |",
  "|---|---|---|---|",
  "| First-year | 60 | 90 | 150 |",
  "| Second-year | 70 | 30 | 100 |",
  "| Total | 130 | 120 | 250 |",
].join("\n");

export const conditionalProbabilityQuestions: QuestionDraftInput[] = [
  {
    topicSlugs: ["conditional-probability"],
    body: {
      type: "single_choice",
      stem: [
        "A college surveys 250 students about whether they use the library at least once a week.",
        "",
        libraryTable,
        "",
        "One of these students is chosen at random. What is P(uses the library weekly | first-year)?",
      ].join("\n"),
      options: [
        { id: "a", text: "0.40", correct: true },
        {
          id: "b",
          text: "About 0.46",
          correct: false,
          feedback: "60/130 ≈ 0.46 is P(first-year | weekly user): you restricted to the wrong group. The condition \"first-year\" means you look only at that row.",
        },
        {
          id: "c",
          text: "0.24",
          correct: false,
          feedback: "60/250 = 0.24 is P(first-year ∩ weekly user), the joint probability, not the conditional one.",
        },
        {
          id: "d",
          text: "0.52",
          correct: false,
          feedback: "130/250 = 0.52 is the probability of being a weekly user with no condition at all.",
        },
      ],
      explanation:
        "Knowing the student is first-year shrinks the sample space to the 150 first-year students, of whom 60 use the library weekly. So P(weekly | first-year) = 60/150 = 0.40.",
    },
  },
  {
    topicSlugs: ["conditional-probability"],
    body: {
      type: "single_choice",
      stem: "Two events have P(A) = 0.5, P(B) = 0.4 and P(A ∩ B) = 0.1. What is P(B | A)?",
      options: [
        { id: "a", text: "0.2", correct: true },
        {
          id: "b",
          text: "0.25",
          correct: false,
          feedback: "0.1 ÷ 0.4 = 0.25 is P(A | B). For P(B | A) the event you condition on, A, goes in the denominator.",
        },
        {
          id: "c",
          text: "0.1",
          correct: false,
          feedback: "0.1 is P(A ∩ B), the probability that both happen, before any conditioning.",
        },
        {
          id: "d",
          text: "0.4",
          correct: false,
          feedback: "0.4 is P(B) itself. It would equal P(B | A) only if A and B were independent, but 0.5 × 0.4 = 0.2 ≠ 0.1.",
        },
      ],
      explanation: "By the definition, P(B | A) = P(A ∩ B) ÷ P(A) = 0.1 ÷ 0.5 = 0.2.",
    },
  },
  {
    topicSlugs: ["conditional-probability"],
    body: {
      type: "multiple_choice",
      scoring: "partial",
      stem: [
        "A college surveys 250 students about their library use:",
        "",
        libraryTable,
        "",
        "One student is chosen at random. Select **every** true statement.",
      ].join("\n"),
      options: [
        { id: "a", text: "P(uses the library weekly) = 0.52", correct: true },
        { id: "b", text: "P(second-year | uses the library weekly) ≈ 0.54", correct: true },
        { id: "c", text: "P(uses the library weekly | second-year) = 0.70", correct: true },
        {
          id: "d",
          text: "P(weekly | first-year) = P(first-year | weekly)",
          correct: false,
          feedback: "60/150 = 0.40 but 60/130 ≈ 0.46. Swapping the two events in a conditional probability generally changes its value.",
        },
        {
          id: "e",
          text: "P(first-year ∩ weekly) = 0.40",
          correct: false,
          feedback: "The joint probability uses the whole group: 60/250 = 0.24. The value 0.40 is the conditional probability given first-year.",
        },
      ],
      explanation:
        "P(weekly) = 130/250 = 0.52. Restricting to the weekly column, P(second-year | weekly) = 70/130 ≈ 0.54; restricting to the second-year row, P(weekly | second-year) = 70/100 = 0.70. The joint probability P(first-year ∩ weekly) is 60/250 = 0.24.",
    },
  },
  {
    topicSlugs: ["conditional-probability"],
    body: {
      type: "numeric",
      stem: "A bag holds 5 green and 7 yellow sweets. You take two sweets at random, one after the other, without putting the first back. What is the probability that **both** are green? Give a decimal to three decimal places.",
      answer: 0.1515,
      tolerance: 0.001,
      explanation:
        "By the multiplication rule, P(both green) = P(first green) × P(second green | first green) = 5/12 × 4/11 = 20/132 = 5/33 ≈ 0.152. After one green sweet is taken, 4 of the remaining 11 are green.",
    },
  },
  {
    topicSlugs: ["conditional-probability"],
    body: {
      type: "true_false",
      stem: "True or false: for any two events A and B with positive probabilities, P(A | B) = P(B | A).",
      correct: false,
      explanation:
        "P(A | B) = P(A ∩ B) ÷ P(B) and P(B | A) = P(A ∩ B) ÷ P(A), so they are equal only when P(A) = P(B). For a fair die, P(six | even) = 1/3 but P(even | six) = 1.",
    },
  },
];
