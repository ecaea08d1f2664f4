import type { QuestionDraftInput } from "./index";

export const binomialDistributionQuestions: QuestionDraftInput[] = [
  {
    topicSlugs: ["binomial-distribution"],
    body: {
      type: "single_choice",
      stem: "Which of these random variables has a binomial distribution?",
      options: [
        { id: "a", text: "The number of sixes in 12 rolls of a fair die", correct: true },
        {
          id: "b",
          text: "The number of rolls of a fair die needed to get the first six",
          correct: false,
          feedback: "The number of trials is not fixed in advance; it is the very thing that varies.",
        },
        {
          id: "c",
          text: "The number of hearts among 5 cards dealt from one deck without replacement",
          correct: false,
          feedback: "Without replacement the chance of a heart changes after each card, so the trials are neither independent nor equally likely to succeed.",
        },
        {
          id: "d",
          text: "The total score when three dice are rolled",
          correct: false,
          feedback: "A total score is not a count of successes in trials with two outcomes.",
        },
      ],
      explanation:
        "Twelve rolls of a die satisfy BINS: each roll is a six or not (binary), rolls are independent, the number of trials is fixed at 12, and each roll succeeds with the same probability 1/6. So the count is Binomial(12, 1/6).",
    },
  },
  {
    topicSlugs: ["binomial-distribution", "counting"],
    body: {
      type: "single_choice",
      stem: "X ~ Binomial(6, 0.5). What is P(X = 3)?",
      options: [
        { id: "a", text: "0.3125", correct: true },
        {
          id: "b",
          text: "0.5",
          correct: false,
          feedback: "3 is half of 6, but exactly 3 successes is only one of seven possible counts, so its probability is well below 0.5.",
        },
        {
          id: "c",
          text: "0.015625",
          correct: false,
          feedback: "0.5⁶ = 1/64 is the probability of one particular sequence, such as SSSFFF. There are C(6, 3) = 20 such sequences.",
        },
        {
          id: "d",
          text: "0.125",
          correct: false,
          feedback: "0.5³ accounts for the three successes only. The three failures and the number of arrangements are missing.",
        },
      ],
      explanation: "P(X = 3) = C(6, 3) × 0.5³ × 0.5³ = 20 × 1/64 = 20/64 = 0.3125.",
    },
  },
  {
    topicSlugs: ["binomial-distribution", "expectation-variance"],
    body: {
      type: "multiple_choice",
      scoring: "partial",
      stem: "A quiz has 20 multiple-choice questions, each with 5 options, exactly one of them right. A student guesses every answer at random. Let X be the number of correct answers. Select **every** true statement.",
      options: [
        { id: "a", text: "X ~ Binomial(20, 0.2)", correct: true },
        { id: "b", text: "The expected number of correct answers is 4.", correct: true },
        { id: "c", text: "The standard deviation of X is about 1.79.", correct: true },
        { id: "d", text: "P(X = 0) = 0.8²⁰ ≈ 0.0115", correct: true },
        {
          id: "e",
          text: "The variance of X is 4.",
          correct: false,
          feedback: "4 is the mean. The variance is np(1 − p) = 20 × 0.2 × 0.8 = 3.2.",
        },
        {
          id: "f",
          text: "The distribution of X is symmetric, because the guesses are independent.",
          correct: false,
          feedback: "Independence does not make it symmetric. With p = 0.2 the distribution bunches near 0 with a long right tail; it is symmetric only when p = 0.5.",
        },
      ],
      explanation:
        "There are n = 20 independent trials with p = 1/5 = 0.2, so μ = np = 4 and σ = √(20 × 0.2 × 0.8) = √3.2 ≈ 1.79. Getting none right means 20 failures in a row: 0.8²⁰ ≈ 0.0115.",
    },
  },
  {
    topicSlugs: ["binomial-distribution"],
    body: {
      type: "numeric",
      stem: "Each seed in a packet germinates with probability 0.8, independently of the others. You plant 5 seeds. What is the probability that **at least 4** of them germinate? Give a decimal to three decimal places.",
      answer: 0.737,
      tolerance: 0.001,
      explanation:
        "With X ~ Binomial(5, 0.8): P(X = 4) = C(5, 4) × 0.8⁴ × 0.2 = 5 × 0.4096 × 0.2 = 0.4096 and P(X = 5) = 0.8⁵ = 0.32768. Adding them gives P(X ≥ 4) ≈ 0.737.",
    },
  },
  {
    topicSlugs: ["binomial-distribution"],
    body: {
      type: "short_text",
      stem: "A single trial with exactly two outcomes, success or failure, where success has probability p, is called a ______ trial. (Fill in the name.)",
      acceptedAnswers: ["Bernoulli", "Bernoulli trial", "a Bernoulli trial", "Bernoulli trials", "Bernouli", "Bernouilli", "Bernoully"],
      explanation:
        "It is a Bernoulli trial, named after Jacob Bernoulli. A binomial random variable counts the successes in a fixed number n of independent Bernoulli trials with the same p.",
    },
  },
];
