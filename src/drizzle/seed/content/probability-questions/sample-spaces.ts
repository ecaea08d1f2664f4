import type { QuestionDraftInput } from "./index";

export const sampleSpacesQuestions: QuestionDraftInput[] = [
  {
    topicSlugs: ["sample-spaces"],
    body: {
      type: "single_choice",
      stem: "A coin is flipped twice and the result of each flip is recorded in order. Which of these is the sample space S?",
      options: [
        { id: "a", text: "S = {HH, HT, TH, TT}", correct: true },
        {
          id: "b",
          text: "S = {HH, HT, TT}",
          correct: false,
          feedback: "HT (heads, then tails) and TH (tails, then heads) are different outcomes, so both must be listed.",
        },
        {
          id: "c",
          text: "S = {H, T}",
          correct: false,
          feedback: "That is the sample space for a single flip. With two flips, each outcome records both results.",
        },
        {
          id: "d",
          text: "S = {HH, TT}",
          correct: false,
          feedback: "This leaves out the outcomes where the two flips differ.",
        },
      ],
      explanation:
        "Each flip has 2 possible results, so there are 2 × 2 = 4 ordered outcomes. HT and TH both contain one head, but they are different outcomes because the flips happen in a different order.",
    },
  },
  {
    topicSlugs: ["sample-spaces"],
    body: {
      type: "single_choice",
      stem: "One card is drawn from a well-shuffled standard deck of 52 cards. What is the probability that it is a diamond **or** a queen?",
      options: [
        { id: "a", text: "4/13", correct: true },
        {
          id: "b",
          text: "17/52",
          correct: false,
          feedback: "You added 13 diamonds and 4 queens, but the queen of diamonds was counted twice. Subtract the overlap.",
        },
        {
          id: "c",
          text: "1/52",
          correct: false,
          feedback: "This is P(diamond ∩ queen), the chance of the queen of diamonds only. The question asks for diamond ∪ queen.",
        },
        {
          id: "d",
          text: "1/4",
          correct: false,
          feedback: "This is the probability of a diamond alone; the three other queens also count.",
        },
      ],
      explanation:
        "By the addition rule, P(diamond ∪ queen) = 13/52 + 4/52 − 1/52 = 16/52 = 4/13 ≈ 0.308. The 1/52 is subtracted because the queen of diamonds belongs to both events.",
    },
  },
  {
    topicSlugs: ["sample-spaces"],
    body: {
      type: "multiple_choice",
      scoring: "partial",
      stem: "A fair six-sided die is rolled once. Let A = {2, 4, 6} (the result is even) and B = {4, 5, 6} (the result is more than 3). Select **every** true statement.",
      options: [
        { id: "a", text: "A ∩ B = {4, 6}", correct: true },
        { id: "b", text: "P(A ∪ B) = 2/3", correct: true },
        {
          id: "c",
          text: "A and B are mutually exclusive.",
          correct: false,
          feedback: "A roll of 4 or 6 belongs to both events, so they can happen together.",
        },
        { id: "d", text: "P(Aᶜ) = 1/2", correct: true },
        {
          id: "e",
          text: "P(A ∪ B) = P(A) + P(B) = 1",
          correct: false,
          feedback: "Adding P(A) and P(B) counts the outcomes 4 and 6 twice. Use P(A) + P(B) − P(A ∩ B).",
        },
      ],
      explanation:
        "A ∩ B = {4, 6} and A ∪ B = {2, 4, 5, 6}, so P(A ∪ B) = 4/6 = 2/3, which matches 3/6 + 3/6 − 2/6. The complement Aᶜ = {1, 3, 5}, so P(Aᶜ) = 1 − 1/2 = 1/2. The events overlap, so they are not mutually exclusive.",
    },
  },
  {
    topicSlugs: ["sample-spaces"],
    body: {
      type: "true_false",
      stem: "Two events A and B have P(A) = 0.7 and P(B) = 0.5. True or false: A and B **cannot** be mutually exclusive.",
      correct: true,
      explanation:
        "If A and B were mutually exclusive, the addition rule would give P(A ∪ B) = 0.7 + 0.5 = 1.2. No probability can exceed 1, so the events must overlap: in fact P(A ∩ B) ≥ 0.2.",
    },
  },
  {
    topicSlugs: ["sample-spaces"],
    body: {
      type: "short_text",
      stem: "What is the name for the set of **all** possible outcomes of a random experiment? (Two words.)",
      acceptedAnswers: ["sample space", "the sample space", "a sample space", "sample-space", "samplespace", "sample spaces"],
      explanation:
        "The sample space, usually written S, lists every possible outcome. For one roll of a die it is S = {1, 2, 3, 4, 5, 6}; an event is any collection of outcomes from it.",
    },
  },
  {
    topicSlugs: ["sample-spaces"],
    body: {
      type: "numeric",
      stem: "In a town, 45% of households own a dog, 35% own a cat and 15% own both a dog and a cat. What percentage of households own **neither** a dog nor a cat?",
      answer: 35,
      tolerance: 0.5,
      unit: "%",
      explanation:
        "By the addition rule, P(dog ∪ cat) = 0.45 + 0.35 − 0.15 = 0.65. \"Neither\" is the complement of \"dog or cat\", so P(neither) = 1 − 0.65 = 0.35, or 35%.",
    },
  },
];
