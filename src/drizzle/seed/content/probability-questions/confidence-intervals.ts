import type { QuestionDraftInput } from "./index";

export const confidenceIntervalsQuestions: QuestionDraftInput[] = [
  {
    topicSlugs: ["confidence-intervals"],
    body: {
      type: "single_choice",
      stem: "From a random sample of phones, a 95% confidence interval for the mean battery life of a phone model is 18.2 to 21.8 hours. Which interpretation is correct?",
      options: [
        {
          id: "a",
          text: "The interval was built by a method that captures the true mean battery life in about 95% of samples, so 18.2 to 21.8 hours is a range of plausible values for the mean.",
          correct: true,
        },
        {
          id: "b",
          text: "About 95% of phones of this model have a battery life between 18.2 and 21.8 hours.",
          correct: false,
          feedback: "The interval estimates the *average* battery life. Individual phones vary much more than the average does.",
        },
        {
          id: "c",
          text: "There is a 95% chance that the sample mean lies between 18.2 and 21.8 hours.",
          correct: false,
          feedback: "The sample mean is known: it is the centre of the interval, 20 hours. The uncertainty is about the population mean.",
        },
        {
          id: "d",
          text: "If the study were repeated, 95% of the new sample means would fall between 18.2 and 21.8 hours.",
          correct: false,
          feedback: "The 95% refers to how often the method's intervals (which change from sample to sample) capture the true mean, not to where future sample means will land.",
        },
      ],
      explanation:
        "\"95% confident\" describes the method: about 95% of intervals built this way contain the true mean. The interval is about the population mean, not about individual phones or about the sample mean, which is simply its centre.",
    },
  },
  {
    topicSlugs: ["confidence-intervals"],
    body: {
      type: "single_choice",
      stem: "Which critical value z\\* is used for a **99%** confidence interval based on the normal distribution?",
      options: [
        { id: "a", text: "2.576", correct: true },
        { id: "b", text: "1.96", correct: false, feedback: "1.96 is the critical value for 95% confidence." },
        { id: "c", text: "1.645", correct: false, feedback: "1.645 is the critical value for 90% confidence." },
        {
          id: "d",
          text: "3",
          correct: false,
          feedback: "About 99.7% of a normal distribution lies within 3 standard deviations, so 3 corresponds to roughly 99.7%, not 99%.",
        },
      ],
      explanation:
        "For 99% confidence, the middle 99% of the standard normal curve lies between −2.576 and 2.576, leaving 0.5% in each tail. Higher confidence needs a larger critical value and so a wider interval.",
    },
  },
  {
    topicSlugs: ["confidence-intervals", "sampling-distributions"],
    body: {
      type: "multiple_choice",
      scoring: "partial",
      stem: "Other things being equal, which of these changes make a confidence interval for a population mean **narrower**? Select **every** one.",
      options: [
        { id: "a", text: "Using a larger sample", correct: true },
        { id: "b", text: "Using a 90% confidence level instead of 95%", correct: true },
        { id: "c", text: "Studying a less variable population (smaller σ)", correct: true },
        {
          id: "d",
          text: "Using a 99% confidence level instead of 95%",
          correct: false,
          feedback: "Higher confidence needs a larger critical value (2.576 instead of 1.96), which makes the interval wider.",
        },
        {
          id: "e",
          text: "Using a smaller sample",
          correct: false,
          feedback: "A smaller n makes the standard error σ ÷ √n larger, so the interval gets wider.",
        },
      ],
      explanation:
        "The margin of error is z\\* × σ ÷ √n. It shrinks when n grows, when σ is smaller, or when a lower confidence level gives a smaller critical value z\\*.",
    },
  },
  {
    topicSlugs: ["confidence-intervals"],
    body: {
      type: "numeric",
      stem: "In a random poll of 600 adults, 240 say they would use a new bus route. What is the margin of error of a 95% confidence interval for the proportion of all adults who would use it? Give your answer in percentage points to one decimal place.",
      answer: 3.92,
      tolerance: 0.1,
      unit: "percentage points",
      explanation:
        "p̂ = 240 ÷ 600 = 0.4, so the standard error is √(0.4 × 0.6 ÷ 600) = √0.0004 = 0.02. The 95% margin of error is 1.96 × 0.02 = 0.0392, about 3.9 percentage points.",
    },
  },
  {
    topicSlugs: ["confidence-intervals"],
    body: {
      type: "numeric",
      stem: "A researcher wants to estimate a population mean to within ±2 units with 95% confidence. From earlier studies, σ = 12. What is the **smallest** sample size that achieves this?",
      answer: 139,
      tolerance: 0,
      unit: "people",
      explanation:
        "n = (z\\* × σ ÷ E)² = (1.96 × 12 ÷ 2)² = 11.76² ≈ 138.3. Sample sizes are always rounded **up**, so 139 people are needed; 138 would give a margin slightly above 2.",
    },
  },
  {
    topicSlugs: ["confidence-intervals"],
    body: {
      type: "true_false",
      stem: "True or false: from the same data, a 90% confidence interval for a mean is **wider** than a 95% confidence interval.",
      correct: false,
      explanation:
        "A 90% interval uses the critical value 1.645 instead of 1.96, so its margin of error is smaller and the interval is narrower. Asking for less confidence lets you use a smaller net.",
    },
  },
  {
    topicSlugs: ["confidence-intervals", "hypothesis-testing"],
    body: {
      type: "essay",
      stem: "A local news site reports: \"In a random survey of 400 residents, 54% support building a new park. The margin of error is ±4.9 percentage points at 95% confidence, so a majority of residents support the park.\" Evaluate this report: (1) check the margin of error with your own calculation; (2) state the confidence interval and explain what \"95% confidence\" means here; (3) decide whether the headline conclusion about a majority is justified; (4) say roughly how many residents would need to be surveyed to halve the margin of error.",
      rubric: [
        {
          criterion: "Margin of error",
          points: 3,
          description:
            "Computes SE = √(0.54 × 0.46 ÷ 400) ≈ 0.0249 and margin 1.96 × 0.0249 ≈ 0.049, confirming ±4.9 points. One point is lost for an arithmetic slip with a correct method.",
        },
        {
          criterion: "Interval and interpretation",
          points: 3,
          description:
            "Gives the interval as about 49.1% to 58.9% and explains that 95% describes the method: about 95% of intervals built this way from repeated random samples would contain the true proportion. Does not claim that 95% of residents support the park, or that the true proportion changes from sample to sample.",
        },
        {
          criterion: "Majority claim",
          points: 2,
          description:
            "Notes that the interval includes values below 50%, so the survey is consistent with there being no majority; the data suggest majority support is plausible but do not establish it at this confidence level.",
        },
        {
          criterion: "Sample size",
          points: 2,
          description:
            "Explains that the margin shrinks with √n, so halving it requires about four times the sample, roughly 1,600 residents.",
        },
      ],
      maxLength: 3000,
      explanation:
        "SE = √(0.54 × 0.46 ÷ 400) ≈ 0.0249, so the margin is 1.96 × 0.0249 ≈ 0.049 and the interval is about 0.491 to 0.589. Because it includes values below 0.5, the survey cannot confidently claim a majority; halving the margin needs about 4 × 400 = 1,600 residents.",
    },
  },
];
