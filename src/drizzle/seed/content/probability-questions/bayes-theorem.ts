import type { QuestionDraftInput } from "./index";

const supplierSetting =
  "A shop buys its light bulbs from three suppliers. Supplier X provides 60% of the bulbs, supplier Y 30% and supplier Z 10%. Their bulbs are defective at rates of 2%, 3% and 5% respectively.";

export const bayesTheoremQuestions: QuestionDraftInput[] = [
  {
    topicSlugs: ["bayes-theorem"],
    body: {
      type: "single_choice",
      stem: "In Bayes' theorem, P(B | A) = P(A | B) × P(B) ÷ P(A), where B is a hypothesis and A is the evidence. Which quantity is the **prior**?",
      options: [
        { id: "a", text: "P(B)", correct: true },
        {
          id: "b",
          text: "P(A | B)",
          correct: false,
          feedback: "P(A | B), how probable the evidence is if B is true, is the likelihood.",
        },
        {
          id: "c",
          text: "P(B | A)",
          correct: false,
          feedback: "P(B | A) is the posterior: how plausible B is after seeing the evidence.",
        },
        {
          id: "d",
          text: "P(A)",
          correct: false,
          feedback: "P(A) is the overall probability of the evidence, usually found with the law of total probability.",
        },
      ],
      explanation:
        "The prior P(B) describes how plausible B was before the evidence arrived. Bayes' theorem combines it with the likelihood P(A | B) to give the posterior P(B | A).",
    },
  },
  {
    topicSlugs: ["bayes-theorem", "conditional-probability"],
    body: {
      type: "single_choice",
      stem: `${supplierSetting} What is the probability that a randomly chosen bulb from the shop is defective?`,
      options: [
        { id: "a", text: "0.026", correct: true },
        {
          id: "b",
          text: "0.10",
          correct: false,
          feedback: "Adding 2% + 3% + 5% ignores how many bulbs each supplier provides. Weight each rate by the supplier's share.",
        },
        {
          id: "c",
          text: "About 0.033",
          correct: false,
          feedback: "(2% + 3% + 5%) ÷ 3 averages the rates as if each supplier provided a third of the bulbs. X provides far more than Z.",
        },
        {
          id: "d",
          text: "0.05",
          correct: false,
          feedback: "5% is the defect rate of supplier Z only.",
        },
      ],
      explanation:
        "By the law of total probability, P(defective) = 0.60 × 0.02 + 0.30 × 0.03 + 0.10 × 0.05 = 0.012 + 0.009 + 0.005 = 0.026.",
    },
  },
  {
    topicSlugs: ["bayes-theorem"],
    body: {
      type: "multiple_choice",
      scoring: "partial",
      stem: `${supplierSetting} A bulb bought at the shop turns out to be defective. Select **every** true statement.`,
      options: [
        { id: "a", text: "Supplier X is the most likely source of the bulb.", correct: true },
        { id: "b", text: "P(Z | defective) ≈ 0.19", correct: true },
        { id: "c", text: "The three probabilities P(X | defective), P(Y | defective) and P(Z | defective) add up to 1.", correct: true },
        {
          id: "d",
          text: "Supplier Z is the most likely source, because its defect rate is the highest.",
          correct: false,
          feedback: "Z's high rate applies to only 10% of the bulbs: 0.10 × 0.05 = 0.005, less than X's 0.60 × 0.02 = 0.012.",
        },
        {
          id: "e",
          text: "P(Y | defective) = 0.03",
          correct: false,
          feedback: "0.03 is P(defective | Y), the likelihood. Reversing it with Bayes' theorem gives 0.009 ÷ 0.026 ≈ 0.35.",
        },
      ],
      explanation:
        "P(defective) = 0.012 + 0.009 + 0.005 = 0.026. Bayes' theorem gives P(X | defective) = 0.012 ÷ 0.026 ≈ 0.46, P(Y | defective) = 0.009 ÷ 0.026 ≈ 0.35 and P(Z | defective) = 0.005 ÷ 0.026 ≈ 0.19, which add up to 1. X's large share outweighs its low defect rate.",
    },
  },
  {
    topicSlugs: ["bayes-theorem"],
    body: {
      type: "numeric",
      stem: "A condition affects 2% of a population. A screening test gives a positive result for 90% of people who have the condition and for 10% of people who do not. A randomly chosen person tests positive. What is the probability that they have the condition? Give a percentage to one decimal place.",
      answer: 15.5,
      tolerance: 0.2,
      unit: "%",
      explanation:
        "P(+) = 0.90 × 0.02 + 0.10 × 0.98 = 0.018 + 0.098 = 0.116. By Bayes' theorem, P(condition | +) = 0.018 ÷ 0.116 ≈ 0.155, about 15.5%. Most positives come from the large group without the condition.",
    },
  },
  {
    topicSlugs: ["bayes-theorem", "conditional-probability"],
    body: {
      type: "essay",
      stem: "A friend takes a screening test for a condition that affects 1 in 1,000 people. The test gives a positive result for 99% of people who have the condition and a negative result for 99% of people who do not. Their result is positive, and they conclude: \"The test is 99% accurate, so there is a 99% chance I have it.\" Explain, with a calculation, what the probability really is and why their reasoning goes wrong. Finish by describing one piece of further information or action that would raise the probability substantially.",
      rubric: [
        {
          criterion: "Correct posterior probability",
          points: 4,
          description:
            "Finds P(condition | +) ≈ 0.09 (about 9%), e.g. with 100,000 people: 100 have it and 99 test positive; 99,900 do not and 999 test positive; 99 ÷ (99 + 999) = 99/1,098 ≈ 0.09. Equivalent Bayes' theorem working earns full marks.",
        },
        {
          criterion: "Diagnoses the error",
          points: 3,
          description:
            "Explains that 99% is P(+ | condition), not P(condition | +), and that ignoring how rare the condition is (base rate neglect) makes the false positives from the huge healthy group outnumber the true positives.",
        },
        {
          criterion: "Clear presentation",
          points: 2,
          description: "Uses a table, tree or counts of people so the reader can follow where each number comes from.",
        },
        {
          criterion: "Next step",
          points: 1,
          description:
            "Suggests a sensible next step, such as an independent confirmatory test (the 9% becomes the new prior) or information showing a higher prior, e.g. symptoms or risk factors.",
        },
      ],
      maxLength: 3000,
      explanation:
        "P(+) = 0.99 × 0.001 + 0.01 × 0.999 ≈ 0.01098, so P(condition | +) = 0.00099 ÷ 0.01098 ≈ 0.09. The \"99%\" describes P(+ | condition); because the condition is rare, false positives from the healthy majority dominate.",
    },
  },
];
