import type { QuestionDraftInput } from "./index";

export const samplingDistributionsQuestions: QuestionDraftInput[] = [
  {
    topicSlugs: ["sampling-distributions"],
    body: {
      type: "single_choice",
      stem: "A population has standard deviation σ = 18. What is the standard error of the sample mean x̄ for random samples of size n = 81?",
      options: [
        { id: "a", text: "2", correct: true },
        {
          id: "b",
          text: "About 0.22",
          correct: false,
          feedback: "18 ÷ 81 divides by n. The standard error divides by the square root of n.",
        },
        {
          id: "c",
          text: "18",
          correct: false,
          feedback: "18 is the spread of individual values. Averages of 81 values vary much less than single values do.",
        },
        {
          id: "d",
          text: "About 4.24",
          correct: false,
          feedback: "√18 ≈ 4.24 takes the square root of σ instead of n. The formula is σ ÷ √n.",
        },
      ],
      explanation: "SE = σ ÷ √n = 18 ÷ √81 = 18 ÷ 9 = 2.",
    },
  },
  {
    topicSlugs: ["sampling-distributions"],
    body: {
      type: "single_choice",
      stem: "Which statement correctly describes the **central limit theorem**?",
      options: [
        {
          id: "a",
          text: "For large random samples, the sampling distribution of the sample mean is approximately normal, whatever the shape of the population (provided its standard deviation is finite).",
          correct: true,
        },
        {
          id: "b",
          text: "If you collect enough data, the data values themselves become approximately normally distributed.",
          correct: false,
          feedback: "The individual values keep the population's shape, skewed or not. It is the distribution of the *sample mean* that becomes normal.",
        },
        {
          id: "c",
          text: "Once n ≥ 30, the sample mean is equal to the population mean.",
          correct: false,
          feedback: "The sample mean is centred on μ, but it still varies from sample to sample, with standard error σ ÷ √n.",
        },
        {
          id: "d",
          text: "The standard error of the sample mean grows as the sample size grows.",
          correct: false,
          feedback: "The standard error σ ÷ √n shrinks as n grows.",
        },
      ],
      explanation:
        "The CLT is about the sampling distribution of x̄: across repeated random samples of size n, x̄ is approximately Normal with mean μ and standard deviation σ ÷ √n when n is large, even if the population is skewed.",
    },
  },
  {
    topicSlugs: ["sampling-distributions"],
    body: {
      type: "multiple_choice",
      scoring: "partial",
      stem: "The standard error of a sample mean is σ ÷ √n. Other things being equal, which of these changes would **halve** the standard error? Select **every** one.",
      options: [
        { id: "a", text: "Multiplying the sample size by 4", correct: true },
        { id: "b", text: "Increasing the sample size from 25 to 100", correct: true },
        { id: "c", text: "Halving the population standard deviation σ (for example with a more consistent process)", correct: true },
        {
          id: "d",
          text: "Doubling the sample size",
          correct: false,
          feedback: "Doubling n divides the standard error by √2 ≈ 1.41, not by 2.",
        },
        {
          id: "e",
          text: "Halving the sample size",
          correct: false,
          feedback: "A smaller sample makes the standard error larger, by a factor of √2.",
        },
      ],
      explanation:
        "Because n sits under a square root, n must be multiplied by 4 to divide the standard error by √4 = 2; going from 25 to 100 is such a change (10/5 = 2 becomes 10/10 = 1 when σ = 10). Halving σ halves the numerator directly.",
    },
  },
  {
    topicSlugs: ["sampling-distributions", "normal-distribution"],
    body: {
      type: "numeric",
      stem: "The fill weights of bags of flour are approximately normal, with mean 1,000 g and standard deviation 15 g. An inspector weighs a random sample of 25 bags. What is the probability that the **sample mean** weight is more than 1,006 g? Use P(Z ≤ 2) = 0.9772, and give a decimal to four decimal places.",
      answer: 0.0228,
      tolerance: 0.0005,
      explanation:
        "The standard error is 15 ÷ √25 = 3 g, so z = (1,006 − 1,000) ÷ 3 = 2. Then P(x̄ > 1,006) = 1 − 0.9772 = 0.0228. A single bag over 1,006 g is common (z = 0.4), but an average that high is rare.",
    },
  },
  {
    topicSlugs: ["sampling-distributions"],
    body: {
      type: "true_false",
      stem: "True or false: if the population itself is normally distributed, then the sample mean x̄ of a random sample is normally distributed for **every** sample size n, even n = 2.",
      correct: true,
      explanation:
        "The central limit theorem is only needed when the population is not normal. Averages of values from a normal population are exactly normal, with mean μ and standard error σ ÷ √n, whatever the sample size.",
    },
  },
];
