import type { QuestionDraftInput } from "./index";

export const expectationVarianceQuestions: QuestionDraftInput[] = [
  {
    topicSlugs: ["expectation-variance"],
    body: {
      type: "single_choice",
      stem: "A game costs $2 to play. You draw one card from a well-shuffled standard deck of 52; if it is an ace you receive $13, otherwise you receive nothing. What is your expected **net gain** per game?",
      options: [
        { id: "a", text: "−$1.00", correct: true },
        {
          id: "b",
          text: "$1.00",
          correct: false,
          feedback: "$13 × 1/13 = $1 is the expected payout. Your net gain also has to account for the $2 you pay every time.",
        },
        {
          id: "c",
          text: "−$2.00",
          correct: false,
          feedback: "You lose $2 only when you do not draw an ace; with probability 1/13 you come out $11 ahead.",
        },
        {
          id: "d",
          text: "About −$1.15",
          correct: false,
          feedback: "This subtracts the cost twice: a win is already a net gain of 13 − 2 = $11, so don't subtract $2 again afterwards.",
        },
      ],
      explanation:
        "P(ace) = 4/52 = 1/13. The net gain is $11 with probability 1/13 and −$2 with probability 12/13, so E[G] = 11/13 − 24/13 = −13/13 = −$1.",
    },
  },
  {
    topicSlugs: ["expectation-variance"],
    body: {
      type: "single_choice",
      stem: "A random variable X has E[X] = 4 and Var(X) = 9. Let Y = 2X + 5. What is the standard deviation of Y?",
      options: [
        { id: "a", text: "6", correct: true },
        {
          id: "b",
          text: "11",
          correct: false,
          feedback: "2 × 3 + 5 treats the spread like the mean. Adding a constant shifts the values but does not change their spread.",
        },
        {
          id: "c",
          text: "36",
          correct: false,
          feedback: "36 is Var(Y). The standard deviation is its square root.",
        },
        {
          id: "d",
          text: "18",
          correct: false,
          feedback: "2 × 9 multiplies the variance by a, but the rule is Var(aX + b) = a² Var(X).",
        },
      ],
      explanation: "Var(Y) = Var(2X + 5) = 2² × 9 = 36, so the standard deviation is √36 = 6. The +5 moves the centre (E[Y] = 13) but leaves the spread unchanged.",
    },
  },
  {
    topicSlugs: ["expectation-variance", "independence"],
    body: {
      type: "multiple_choice",
      scoring: "all_or_nothing",
      stem: "X and Y are **independent** random variables with E[X] = 10, SD(X) = 3, E[Y] = 4 and SD(Y) = 4. Select **every** true statement. (Full marks only for exactly the right set.)",
      options: [
        { id: "a", text: "E[X + Y] = 14", correct: true },
        { id: "b", text: "SD(X + Y) = 5", correct: true },
        { id: "c", text: "Var(X − Y) = 25", correct: true },
        {
          id: "d",
          text: "SD(X + Y) = 7",
          correct: false,
          feedback: "Standard deviations do not add. Variances do: 9 + 16 = 25, so SD(X + Y) = √25 = 5.",
        },
        {
          id: "e",
          text: "Var(3X) = 27",
          correct: false,
          feedback: "Scaling multiplies the variance by the square of the factor: Var(3X) = 3² × 9 = 81.",
        },
      ],
      explanation:
        "Means always add: E[X + Y] = 10 + 4 = 14. For independent variables the variances add: Var(X + Y) = 9 + 16 = 25, so SD = 5. Since −Y has variance (−1)² × 16 = 16, Var(X − Y) = 9 + 16 = 25 as well.",
    },
  },
  {
    topicSlugs: ["expectation-variance", "random-variables"],
    body: {
      type: "numeric",
      stem: "A random variable X takes the values 1, 2 and 5 with probabilities 0.5, 0.3 and 0.2. Find Var(X). Give your answer to two decimal places.",
      answer: 2.29,
      tolerance: 0.01,
      explanation:
        "E[X] = 1 × 0.5 + 2 × 0.3 + 5 × 0.2 = 2.1 and E[X²] = 1 × 0.5 + 4 × 0.3 + 25 × 0.2 = 6.7. By the shortcut formula, Var(X) = E[X²] − μ² = 6.7 − 2.1² = 6.7 − 4.41 = 2.29.",
    },
  },
  {
    topicSlugs: ["expectation-variance"],
    body: {
      type: "true_false",
      stem: "True or false: if you add the same constant to every possible value of a random variable, its standard deviation increases.",
      correct: false,
      explanation:
        "Var(X + b) = Var(X): shifting every value by b moves the mean by b too, so each distance from the mean stays the same. The standard deviation is therefore unchanged.",
    },
  },
];
