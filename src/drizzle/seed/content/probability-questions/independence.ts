import type { QuestionDraftInput } from "./index";

export const independenceQuestions: QuestionDraftInput[] = [
  {
    topicSlugs: ["independence"],
    body: {
      type: "single_choice",
      stem: "A fair coin is flipped and a fair six-sided die is rolled. What is the probability of getting tails **and** a number greater than 4?",
      options: [
        { id: "a", text: "1/6", correct: true },
        {
          id: "b",
          text: "5/6",
          correct: false,
          feedback: "You added 1/2 and 1/3. For independent events, the probability that both happen is the product, not the sum.",
        },
        {
          id: "c",
          text: "1/12",
          correct: false,
          feedback: "1/2 × 1/6 is the chance of tails and one particular face. \"Greater than 4\" includes both 5 and 6.",
        },
        {
          id: "d",
          text: "1/3",
          correct: false,
          feedback: "1/3 is only the chance that the die shows 5 or 6; the coin must also show tails.",
        },
      ],
      explanation:
        "The coin and die are independent, so P(tails ∩ die > 4) = P(tails) × P(die > 4) = 1/2 × 2/6 = 1/6.",
    },
  },
  {
    topicSlugs: ["independence"],
    body: {
      type: "single_choice",
      stem: "Events A and B have P(A) = 0.3 and P(B) = 0.5. Which value of P(A ∩ B) would make A and B independent?",
      options: [
        { id: "a", text: "0.15", correct: true },
        {
          id: "b",
          text: "0",
          correct: false,
          feedback: "P(A ∩ B) = 0 makes the events mutually exclusive, which is a strong form of dependence: if A happens, B cannot.",
        },
        {
          id: "c",
          text: "0.8",
          correct: false,
          feedback: "0.8 is P(A) + P(B). The intersection can never be larger than either event, so it cannot be 0.8.",
        },
        {
          id: "d",
          text: "0.2",
          correct: false,
          feedback: "With P(A ∩ B) = 0.2, P(A | B) = 0.2 ÷ 0.5 = 0.4, which differs from P(A) = 0.3, so the events would be dependent.",
        },
      ],
      explanation:
        "A and B are independent exactly when P(A ∩ B) = P(A) × P(B) = 0.3 × 0.5 = 0.15. Then P(A | B) = 0.15 ÷ 0.5 = 0.3 = P(A), so learning B changes nothing.",
    },
  },
  {
    topicSlugs: ["independence", "sample-spaces"],
    body: {
      type: "multiple_choice",
      scoring: "all_or_nothing",
      stem: "Events A and B are **independent**, with P(A) = 0.4 and P(B) = 0.25. Select **every** true statement. (Full marks only for exactly the right set.)",
      options: [
        { id: "a", text: "P(A ∩ B) = 0.1", correct: true },
        { id: "b", text: "P(A | B) = 0.4", correct: true },
        { id: "c", text: "P(A ∪ B) = 0.55", correct: true },
        {
          id: "d",
          text: "A and B are mutually exclusive.",
          correct: false,
          feedback: "Mutually exclusive events have P(A ∩ B) = 0, but here P(A ∩ B) = 0.1, so both can happen together.",
        },
        {
          id: "e",
          text: "P(A ∪ B) = 0.65",
          correct: false,
          feedback: "0.4 + 0.25 = 0.65 forgets to subtract the overlap P(A ∩ B) = 0.1.",
        },
      ],
      explanation:
        "Independence gives P(A ∩ B) = 0.4 × 0.25 = 0.1 and P(A | B) = P(A) = 0.4. The addition rule then gives P(A ∪ B) = 0.4 + 0.25 − 0.1 = 0.55.",
    },
  },
  {
    topicSlugs: ["independence"],
    body: {
      type: "true_false",
      stem: "True or false: two mutually exclusive events, each with a positive probability, are always independent.",
      correct: false,
      explanation:
        "If A and B are mutually exclusive, P(A ∩ B) = 0, but P(A) × P(B) > 0 when both probabilities are positive, so the independence condition fails. Knowing that A happened tells you B did not, which is the opposite of \"no information\".",
    },
  },
  {
    topicSlugs: ["independence", "conditional-probability"],
    body: {
      type: "essay",
      stem: [
        "A small office has three smoke alarms. On its own, each alarm fails to sound during a fire with probability 0.1.",
        "",
        "1. Assuming the alarms fail **independently**, find the probability that all three fail, and the probability that at least one sounds.",
        "2. Explain in words what the independence assumption means in this setting.",
        "3. Give one realistic reason why the alarms might **not** fail independently, and say whether the true chance that all three fail is then likely to be higher or lower than your answer to part 1.",
      ].join("\n"),
      rubric: [
        {
          criterion: "Correct calculation",
          points: 3,
          description:
            "Multiplies the failure probabilities: P(all fail) = 0.1 × 0.1 × 0.1 = 0.001, and uses the complement rule to get P(at least one sounds) = 1 − 0.001 = 0.999. Two points for one of the two results with working shown.",
        },
        {
          criterion: "Meaning of independence",
          points: 3,
          description:
            "States that whether one alarm fails does not change the probability that another fails, e.g. P(alarm 2 fails | alarm 1 fails) = 0.1, and that this is what justifies multiplying.",
        },
        {
          criterion: "Critique of the assumption",
          points: 3,
          description:
            "Gives a plausible common cause (shared power supply or wiring, batteries from the same batch, the same installation fault, smoke not reaching any of them) and concludes that failures tend to happen together, so P(all fail) is likely higher than 0.001.",
        },
        {
          criterion: "Clarity",
          points: 1,
          description: "The answer is organised by part, and the reasoning can be followed without guessing.",
        },
      ],
      maxLength: 3000,
      explanation:
        "Under independence, P(all fail) = 0.1³ = 0.001 and P(at least one sounds) = 0.999. If the alarms share a cause of failure, such as a common power supply, one failure makes the others more likely, so the chance that all fail together is higher than 0.001.",
    },
  },
];
