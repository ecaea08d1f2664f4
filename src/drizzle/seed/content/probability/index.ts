import type { DemoCourse, DemoTopic } from "../types";
import { whatIsProbability } from "./01-what-is-probability";
import { countingOutcomes } from "./02-counting-outcomes";
import { conditionalProbabilityAndIndependence } from "./03-conditional-probability-and-independence";
import { bayesRuleInPractice } from "./04-bayes-rule-in-practice";
import { introducingRandomVariables } from "./05-introducing-random-variables";
import { expectedValueAndSpread } from "./06-expected-value-and-spread";
import { theBinomialModel } from "./07-the-binomial-model";
import { theNormalCurve } from "./08-the-normal-curve";
import { summarizingData } from "./09-summarizing-data";
import { howSamplesVary } from "./10-how-samples-vary";
import { estimatingWithConfidence } from "./11-estimating-with-confidence";
import { testingAClaim } from "./12-testing-a-claim";

const topics: DemoTopic[] = [
  {
    slug: "sample-spaces",
    name: "Sample spaces and events",
    description:
      "Describing random experiments with outcomes, sample spaces and events, and applying the basic rules of probability (complement and addition rules).",
    prerequisites: [],
  },
  {
    slug: "counting",
    name: "Counting methods",
    description:
      "The multiplication principle, permutations and combinations, used to count equally likely outcomes and compute probabilities.",
    prerequisites: ["sample-spaces"],
  },
  {
    slug: "conditional-probability",
    name: "Conditional probability",
    description:
      "Probability of an event given that another has occurred, two-way tables, and the multiplication rule.",
    prerequisites: ["sample-spaces"],
  },
  {
    slug: "independence",
    name: "Independence",
    description:
      "Recognising and using independent events, and distinguishing independence from mutual exclusivity.",
    prerequisites: ["conditional-probability"],
  },
  {
    slug: "bayes-theorem",
    name: "Bayes' theorem",
    description:
      "The law of total probability and Bayes' theorem for reversing conditional probabilities; priors, likelihoods, posteriors and base rates.",
    prerequisites: ["conditional-probability"],
  },
  {
    slug: "random-variables",
    name: "Random variables",
    description:
      "Discrete and continuous random variables, probability mass functions, cumulative distribution functions and densities.",
    prerequisites: ["sample-spaces"],
  },
  {
    slug: "expectation-variance",
    name: "Expectation and variance",
    description:
      "Expected value, variance and standard deviation of a random variable, and the rules for shifting, scaling and adding variables.",
    prerequisites: ["random-variables"],
  },
  {
    slug: "binomial-distribution",
    name: "Binomial distribution",
    description:
      "Counting successes in a fixed number of independent trials: the binomial formula, its mean and its standard deviation.",
    prerequisites: ["counting", "independence", "expectation-variance"],
  },
  {
    slug: "normal-distribution",
    name: "Normal distribution",
    description:
      "The bell curve, the 68–95–99.7 rule, z-scores, normal tables, percentiles and the normal approximation to the binomial.",
    prerequisites: ["expectation-variance"],
  },
  {
    slug: "descriptive-statistics",
    name: "Descriptive statistics",
    description:
      "Summarising data with the mean, median, standard deviation, quartiles, the five-number summary, and describing shape and outliers.",
    prerequisites: [],
  },
  {
    slug: "sampling-distributions",
    name: "Sampling distributions",
    description:
      "How statistics vary from sample to sample, the standard error, and the central limit theorem for means and proportions.",
    prerequisites: ["normal-distribution", "descriptive-statistics"],
  },
  {
    slug: "confidence-intervals",
    name: "Confidence intervals",
    description:
      "Estimating a mean or proportion with a margin of error, interpreting confidence levels, and choosing a sample size.",
    prerequisites: ["sampling-distributions"],
  },
  {
    slug: "hypothesis-testing",
    name: "Hypothesis testing",
    description:
      "Null and alternative hypotheses, test statistics, p-values, significance levels, and Type I and Type II errors.",
    prerequisites: ["sampling-distributions"],
  },
];

export const probabilityCourse: DemoCourse = {
  slug: "probability-and-statistics",
  title: "Probability and Statistics: A First Course",
  summary:
    "A friendly, example-driven introduction to reasoning about chance and learning from data, from the first rules of probability to confidence intervals and hypothesis tests.",
  description:
    "This course is for adults who want a solid, practical grounding in probability and statistics without heavy mathematics. You will start with the language of chance and the counting tools behind it, learn how new information changes probabilities through conditional probability and Bayes' theorem, and then meet random variables, expected value and the two most important distributions: the binomial and the normal. The final module turns to real data: describing it, understanding how samples vary, and using that understanding to build confidence intervals and test claims. Every lesson includes worked examples and a short set of self-check questions with answers. Only school arithmetic and a little algebra are assumed.",
  level: "beginner",
  topics,
  modules: [
    {
      slug: "foundations-of-probability",
      title: "Foundations of Probability",
      summary:
        "The language and rules of chance: sample spaces, counting, conditional probability, independence and Bayes' theorem.",
      lessons: [whatIsProbability, countingOutcomes, conditionalProbabilityAndIndependence, bayesRuleInPractice],
    },
    {
      slug: "random-variables-and-distributions",
      title: "Random Variables and Distributions",
      summary:
        "Turning outcomes into numbers: distributions, expected value and variance, and the binomial and normal models.",
      lessons: [introducingRandomVariables, expectedValueAndSpread, theBinomialModel, theNormalCurve],
    },
    {
      slug: "from-data-to-inference",
      title: "From Data to Inference",
      summary:
        "Describing data, understanding how samples vary, and using samples to estimate with confidence and to test claims.",
      lessons: [summarizingData, howSamplesVary, estimatingWithConfidence, testingAClaim],
    },
  ],
};
