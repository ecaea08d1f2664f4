import type { QuestionDraftInput } from "./index";

export const randomVariablesQuestions: QuestionDraftInput[] = [
  {
    topicSlugs: ["random-variables"],
    body: {
      type: "single_choice",
      stem: "Which of these random variables is **continuous**?",
      options: [
        { id: "a", text: "The time a customer waits in a queue", correct: true },
        {
          id: "b",
          text: "The number of emails a person receives in a day",
          correct: false,
          feedback: "This is a count (0, 1, 2, …), so it is discrete.",
        },
        {
          id: "c",
          text: "The number of heads in 10 coin flips",
          correct: false,
          feedback: "The only possible values are 0, 1, …, 10, a list of separate values, so it is discrete.",
        },
        {
          id: "d",
          text: "The number of children in a household",
          correct: false,
          feedback: "You count children, so this variable is discrete.",
        },
      ],
      explanation:
        "A waiting time is measured and can take any value in an interval, such as 3.27 minutes, so it is continuous. The other three are counts, which makes them discrete.",
    },
  },
  {
    topicSlugs: ["random-variables"],
    body: {
      type: "single_choice",
      stem: "A discrete random variable X has P(X = 0) = 0.1, P(X = 1) = 0.3, P(X = 2) = k and P(X = 3) = 0.2, and takes no other values. What must k be?",
      options: [
        { id: "a", text: "0.4", correct: true },
        {
          id: "b",
          text: "0.6",
          correct: false,
          feedback: "0.6 is the total of the other three probabilities. k is whatever is left over to reach 1.",
        },
        {
          id: "c",
          text: "0.25",
          correct: false,
          feedback: "The four values need not be equally likely; the only requirement is that the probabilities add up to 1.",
        },
        {
          id: "d",
          text: "Any value between 0 and 1",
          correct: false,
          feedback: "Each probability must lie between 0 and 1, but the probabilities must also add up to exactly 1, which fixes k.",
        },
      ],
      explanation: "The probabilities of a valid distribution add up to 1, so 0.1 + 0.3 + k + 0.2 = 1 and k = 1 − 0.6 = 0.4.",
    },
  },
  {
    topicSlugs: ["random-variables"],
    body: {
      type: "multiple_choice",
      scoring: "partial",
      stem: [
        "A random variable X has this distribution, and F(x) = P(X ≤ x) is its cumulative distribution function (CDF).",
        "",
        "| x | 0 | 1 | 2 | 3 | 4 |",
        "|---|---|---|---|---|---|",
        "| P(X = x) | 0.1 | 0.2 | 0.4 | 0.2 | 0.1 |",
        "",
        "Select **every** true statement.",
      ].join("\n"),
      options: [
        { id: "a", text: "F(1) = 0.3", correct: true },
        { id: "b", text: "P(X ≥ 2) = 0.7", correct: true },
        { id: "c", text: "P(1 < X ≤ 3) = F(3) − F(1) = 0.6", correct: true },
        {
          id: "d",
          text: "F(2) = 0.4",
          correct: false,
          feedback: "0.4 is P(X = 2) alone. The CDF is a running total: F(2) = 0.1 + 0.2 + 0.4 = 0.7.",
        },
        {
          id: "e",
          text: "F(4) = 0.1",
          correct: false,
          feedback: "At the largest possible value the CDF has collected all the probability, so F(4) = 1.",
        },
      ],
      explanation:
        "Running totals give F(0) = 0.1, F(1) = 0.3, F(2) = 0.7, F(3) = 0.9 and F(4) = 1. So P(X ≥ 2) = 1 − F(1) = 0.7 and P(1 < X ≤ 3) = 0.9 − 0.3 = 0.6, which matches P(X = 2) + P(X = 3) = 0.4 + 0.2.",
    },
  },
  {
    topicSlugs: ["random-variables"],
    body: {
      type: "true_false",
      stem: "X is a continuous random variable. True or false: P(2 ≤ X ≤ 5) = P(2 < X < 5).",
      correct: true,
      explanation:
        "For a continuous variable the probability of any single exact value is 0, because a single point has no width and so no area under the density curve. Including or excluding the endpoints 2 and 5 therefore does not change the probability.",
    },
  },
  {
    topicSlugs: ["random-variables"],
    body: {
      type: "short_text",
      stem: "For a discrete random variable X, what is the name of the function p(x) = P(X = x), which gives the probability of each possible value? (Give the full name or its usual abbreviation.)",
      acceptedAnswers: [
        "probability mass function",
        "the probability mass function",
        "a probability mass function",
        "pmf",
        "p.m.f.",
        "probability mass function (pmf)",
        "mass function",
        "probability function",
      ],
      explanation:
        "p(x) = P(X = x) is the probability mass function (PMF). Its values are between 0 and 1 and add up to 1; the cumulative distribution function F(x) = P(X ≤ x) is its running total.",
    },
  },
  {
    topicSlugs: ["random-variables"],
    body: {
      type: "single_choice",
      stem: "A bus arrives at a random moment in a 20-minute window, with every moment equally likely, so your waiting time X has a flat (uniform) density between 0 and 20 minutes. What is P(5 ≤ X ≤ 9)?",
      options: [
        { id: "a", text: "0.2", correct: true },
        {
          id: "b",
          text: "0.45",
          correct: false,
          feedback: "9/20 = 0.45 is P(X ≤ 9). The interval starts at 5, so only a width of 4 minutes counts.",
        },
        {
          id: "c",
          text: "0.05",
          correct: false,
          feedback: "0.05 is the height of the density (1/20), not an area. Multiply the height by the width of the interval.",
        },
        {
          id: "d",
          text: "0",
          correct: false,
          feedback: "A single exact value has probability 0, but an interval of positive width has positive probability.",
        },
      ],
      explanation:
        "The density is a rectangle of height 1/20 over 0 to 20 minutes. The probability is the area between 5 and 9: width 4 × height 1/20 = 0.2.",
    },
  },
];
