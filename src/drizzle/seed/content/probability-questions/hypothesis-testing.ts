import type { QuestionDraftInput } from "./index";

export const hypothesisTestingQuestions: QuestionDraftInput[] = [
  {
    topicSlugs: ["hypothesis-testing"],
    body: {
      type: "single_choice",
      stem: "Which statement best describes a **p-value**?",
      options: [
        {
          id: "a",
          text: "The probability, assuming H₀ is true, of getting a test statistic at least as extreme as the one observed",
          correct: true,
        },
        {
          id: "b",
          text: "The probability that H₀ is true, given the data",
          correct: false,
          feedback: "The p-value is calculated by assuming H₀ is true, so it cannot be the probability that H₀ is true.",
        },
        {
          id: "c",
          text: "The probability that the alternative hypothesis H₁ is true",
          correct: false,
          feedback: "A p-value says how surprising the data would be under H₀; it gives no direct probability for H₁.",
        },
        {
          id: "d",
          text: "The probability of making a Type II error",
          correct: false,
          feedback: "The Type II error probability is β, which depends on the true effect and the sample size, not on the observed data.",
        },
      ],
      explanation:
        "A p-value measures how surprising the observed data would be if H₀ were true. A small p-value means results this extreme would rarely happen under H₀, which counts as evidence against it.",
    },
  },
  {
    topicSlugs: ["hypothesis-testing", "sampling-distributions"],
    body: {
      type: "single_choice",
      stem: "A council claims that half of a town's residents own a bicycle. In a random sample of 400 residents, 220 own one. For the test of H₀: p = 0.5 against H₁: p ≠ 0.5, what is the value of the test statistic z?",
      options: [
        { id: "a", text: "z = 2.0", correct: true },
        {
          id: "b",
          text: "z ≈ 2.01",
          correct: false,
          feedback: "This uses p̂ = 0.55 in the standard error. The test assumes H₀ is true, so the standard error uses the null value 0.5.",
        },
        {
          id: "c",
          text: "z = 0.05",
          correct: false,
          feedback: "0.55 − 0.50 = 0.05 is the difference in proportions. The test statistic measures it in standard errors.",
        },
        {
          id: "d",
          text: "z = 1.96",
          correct: false,
          feedback: "1.96 is the critical value for a two-sided test at α = 0.05, not the statistic calculated from these data.",
        },
      ],
      explanation:
        "p̂ = 220 ÷ 400 = 0.55. Under H₀ the standard error is √(0.5 × 0.5 ÷ 400) = 0.025, so z = (0.55 − 0.50) ÷ 0.025 = 2.0.",
    },
  },
  {
    topicSlugs: ["hypothesis-testing"],
    body: {
      type: "single_choice",
      stem: "A researcher tests H₀: μ = 80 against H₁: μ ≠ 80. The population standard deviation is known to be σ = 12, and a random sample of 64 gives x̄ = 83. What is the p-value? Use P(Z ≤ 2) = 0.9772.",
      options: [
        { id: "a", text: "0.0456", correct: true },
        {
          id: "b",
          text: "0.0228",
          correct: false,
          feedback: "0.0228 is one tail only. The alternative μ ≠ 80 is two-sided, so results as extreme in the other direction count too.",
        },
        {
          id: "c",
          text: "0.9544",
          correct: false,
          feedback: "0.9544 is the area *between* −2 and 2. The p-value is the area beyond them.",
        },
        {
          id: "d",
          text: "0.9772",
          correct: false,
          feedback: "0.9772 is P(Z ≤ 2), the area below the test statistic, not the tail area beyond it.",
        },
      ],
      explanation:
        "SE = 12 ÷ √64 = 1.5, so z = (83 − 80) ÷ 1.5 = 2. The two-sided p-value is 2 × (1 − 0.9772) = 2 × 0.0228 = 0.0456, which is below 0.05.",
    },
  },
  {
    topicSlugs: ["hypothesis-testing", "confidence-intervals"],
    body: {
      type: "multiple_choice",
      scoring: "partial",
      stem: "A two-sided test of H₀: μ = 50 gives a p-value of 0.03. Select **every** correct conclusion.",
      options: [
        { id: "a", text: "H₀ is rejected at the 5% significance level.", correct: true },
        { id: "b", text: "H₀ is not rejected at the 1% significance level.", correct: true },
        { id: "c", text: "The value 50 lies outside the 95% confidence interval for μ calculated from the same data.", correct: true },
        {
          id: "d",
          text: "There is a 3% chance that H₀ is true.",
          correct: false,
          feedback: "The p-value is calculated assuming H₀ is true. It is the chance of data this extreme under H₀, not the chance that H₀ holds.",
        },
        {
          id: "e",
          text: "The true mean must be far from 50, so the effect is practically important.",
          correct: false,
          feedback: "Statistical significance says nothing about size. A tiny, unimportant difference can be significant with a large sample.",
        },
      ],
      explanation:
        "Since 0.03 ≤ 0.05 we reject H₀ at α = 0.05, but 0.03 > 0.01, so we fail to reject at α = 0.01. A two-sided test at α = 0.05 rejects exactly when the null value falls outside the matching 95% interval.",
    },
  },
  {
    topicSlugs: ["hypothesis-testing"],
    body: {
      type: "true_false",
      stem: "True or false: with the sample size kept the same, lowering the significance level from α = 0.05 to α = 0.01 makes a Type II error **more** likely.",
      correct: true,
      explanation:
        "A smaller α demands stronger evidence before rejecting H₀. That reduces false alarms (Type I errors) but, for a fixed sample size, makes it easier to miss a real effect, so β rises and the power 1 − β falls.",
    },
  },
  {
    topicSlugs: ["hypothesis-testing"],
    body: {
      type: "short_text",
      stem: "A quality inspector tests H₀: \"this batch of tablets meets the standard\". She rejects H₀ and throws the batch away, but in fact the batch met the standard. What kind of error is this? (Name it.)",
      acceptedAnswers: [
        "Type I error",
        "Type I",
        "a Type I error",
        "Type 1 error",
        "Type 1",
        "a Type 1 error",
        "Type one error",
        "Type one",
        "false alarm",
        "a false alarm",
        "false positive",
      ],
      explanation:
        "Rejecting H₀ when it is actually true is a Type I error, a false alarm. Its probability is the significance level α. Keeping a batch that is actually substandard would instead be a Type II error.",
    },
  },
  {
    topicSlugs: ["hypothesis-testing"],
    body: {
      type: "essay",
      stem: "Two studies look at whether a dietary supplement lowers blood pressure. Study A followed 50,000 people and found an average reduction of 0.4 mmHg (p = 0.001; 95% confidence interval 0.2 to 0.6 mmHg). Study B followed 20 people and found p = 0.30. A blogger writes: \"Study A proves the supplement works and is important for your health. Study B proves it does nothing.\" Critically evaluate both claims, using the ideas of p-values, statistical versus practical significance, and Type II errors or power.",
      rubric: [
        {
          criterion: "Statistical versus practical significance",
          points: 3,
          description:
            "Explains that p = 0.001 shows the effect is unlikely to be zero, but the interval shows it is tiny (0.2 to 0.6 mmHg), probably too small to matter for health; a huge sample makes small effects significant.",
        },
        {
          criterion: "Failing to reject is not proof",
          points: 3,
          description:
            "Explains that p = 0.30 means the data are not strong enough to rule out H₀, not that H₀ is true; with only 20 people the test has low power, so a Type II error (missing a real effect) is quite likely.",
        },
        {
          criterion: "Correct use of the p-value",
          points: 2,
          description:
            "Describes the p-value as the probability of results at least this extreme if H₀ were true, and avoids treating it as the probability that H₀ (or H₁) is true. Notes that \"proves\" is too strong for either study.",
        },
        {
          criterion: "Balanced conclusion",
          points: 2,
          description:
            "Reaches a reasoned overall verdict, e.g. there is good evidence of a real but very small effect, and the studies do not actually conflict; recommends reporting effect sizes with confidence intervals.",
        },
      ],
      maxLength: 3000,
      explanation:
        "Study A's tiny p-value reflects its enormous sample: the effect is real but only about 0.4 mmHg, so \"important\" does not follow. Study B is too small to detect such an effect, so its large p-value is weak evidence either way rather than proof of no effect.",
    },
  },
];
