import type { QuestionDraftInput } from "./index";

export const normalDistributionQuestions: QuestionDraftInput[] = [
  {
    topicSlugs: ["normal-distribution"],
    body: {
      type: "single_choice",
      stem: "The weights of apples from an orchard are approximately normal with mean 150 g and standard deviation 10 g. About what percentage of apples weigh between 130 g and 170 g?",
      options: [
        { id: "a", text: "95%", correct: true },
        {
          id: "b",
          text: "68%",
          correct: false,
          feedback: "68% lies within one standard deviation of the mean, 140 g to 160 g. Here the range is two standard deviations each side.",
        },
        {
          id: "c",
          text: "99.7%",
          correct: false,
          feedback: "99.7% lies within three standard deviations, 120 g to 180 g.",
        },
        {
          id: "d",
          text: "47.5%",
          correct: false,
          feedback: "47.5% is only one side, from 150 g up to 170 g. The range extends down to 130 g as well.",
        },
      ],
      explanation:
        "130 g and 170 g are 150 − 2 × 10 and 150 + 2 × 10, two standard deviations either side of the mean. By the 68–95–99.7 rule, about 95% of apples fall in that range.",
    },
  },
  {
    topicSlugs: ["normal-distribution"],
    body: {
      type: "single_choice",
      stem: "Reaction times in a driving test are approximately normal with mean 250 ms and standard deviation 40 ms. What proportion of drivers take **longer** than 310 ms? Use P(Z ≤ 1.5) = 0.9332.",
      options: [
        { id: "a", text: "0.0668", correct: true },
        {
          id: "b",
          text: "0.9332",
          correct: false,
          feedback: "0.9332 is the proportion *below* 310 ms. The question asks for the upper tail.",
        },
        {
          id: "c",
          text: "0.1336",
          correct: false,
          feedback: "Doubling the tail counts both directions, but only times above 310 ms are wanted.",
        },
        {
          id: "d",
          text: "0.0228",
          correct: false,
          feedback: "0.0228 is the area above z = 2. Check the z-score: (310 − 250) ÷ 40 = 1.5.",
        },
      ],
      explanation:
        "z = (310 − 250) ÷ 40 = 60 ÷ 40 = 1.5, so P(time > 310) = P(Z > 1.5) = 1 − 0.9332 = 0.0668, about 6.7% of drivers.",
    },
  },
  {
    topicSlugs: ["normal-distribution"],
    body: {
      type: "multiple_choice",
      scoring: "all_or_nothing",
      stem: "Select **every** true statement about normal distributions. (Full marks only for exactly the right set.)",
      options: [
        { id: "a", text: "The mean, the median and the peak of the curve are all at the same place.", correct: true },
        { id: "b", text: "A larger standard deviation gives a lower, wider curve.", correct: true },
        { id: "c", text: "For the standard normal Z, P(Z ≤ −1) = 1 − P(Z ≤ 1).", correct: true },
        {
          id: "d",
          text: "About 5% of values lie above μ + 2σ.",
          correct: false,
          feedback: "About 5% lies *outside* μ ± 2σ altogether. By symmetry that is split evenly, so about 2.5% lies above μ + 2σ.",
        },
        {
          id: "e",
          text: "Any data set whose histogram has a single peak is normally distributed.",
          correct: false,
          feedback: "Many one-peaked distributions are skewed, such as incomes or waiting times. A normal curve is also symmetric and bell-shaped.",
        },
      ],
      explanation:
        "A normal curve is symmetric about μ, so the mean, median and peak coincide and P(Z ≤ −z) = 1 − P(Z ≤ z). σ controls the width: since the total area stays 1, a wider curve must be lower. The 95% in the 68–95–99.7 rule covers both tails together.",
    },
  },
  {
    topicSlugs: ["normal-distribution"],
    body: {
      type: "numeric",
      stem: "Heights of adult women in a region are approximately normal with mean 165 cm and standard deviation 7 cm. What height marks the **top 5%**? Use z = 1.645, and give your answer to one decimal place.",
      answer: 176.5,
      tolerance: 0.2,
      unit: "cm",
      explanation:
        "The top 5% starts where 95% of the area lies below, at z = 1.645. Converting back, x = μ + zσ = 165 + 1.645 × 7 = 165 + 11.515 ≈ 176.5 cm.",
    },
  },
  {
    topicSlugs: ["normal-distribution", "binomial-distribution"],
    body: {
      type: "true_false",
      stem: "A fair coin is flipped 64 times. True or false: using the normal approximation with a continuity correction, P(40 or more heads) is approximately P(Z > 1.875).",
      correct: true,
      explanation:
        "Here μ = np = 32 and σ = √(64 × 0.5 × 0.5) = 4, and np = n(1 − p) = 32 ≥ 10, so the approximation is reasonable. With the continuity correction, \"40 or more\" becomes \"above 39.5\", and z = (39.5 − 32) ÷ 4 = 1.875.",
    },
  },
];
