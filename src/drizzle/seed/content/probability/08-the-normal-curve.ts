import type { DemoLesson } from "../types";

export const theNormalCurve: DemoLesson = {
  slug: "the-normal-curve",
  title: "The Normal Distribution",
  summary:
    "Work with the bell curve: the 68–95–99.7 rule, z-scores, normal tables, percentiles, and approximating the binomial distribution.",
  estimatedMinutes: 20,
  topics: ["normal-distribution"],
  markdown: String.raw`Measure the heights of thousands of adults, the weights of bags of sugar from a production line, or the errors in repeated scientific measurements, and draw a histogram. Again and again the same shape appears: a symmetric, bell-shaped curve with most values near the middle and fewer and fewer further out. This shape is the normal distribution. It is the most important continuous distribution in statistics, partly because it describes many measurements well and partly, as you will see in the next module, because averages tend to follow it.

## Two numbers describe the whole curve

A normal distribution is completely determined by its mean μ and its standard deviation σ. We write X ~ Normal(μ, σ²), listing the variance, which is the usual convention.

- The curve is symmetric about μ, so the mean, median and peak are all in the same place.
- σ sets the width: a larger σ gives a lower, wider curve.
- The total area under the curve is 1, and the area over any interval is the probability of landing in it.
- The curve never quite reaches zero, but values far from the mean are very unlikely.

## The 68–95–99.7 rule

For every normal distribution, the same proportions fall within a given number of standard deviations of the mean:

| Range | Approximate share of values |
|---|---|
| μ − σ to μ + σ | 68% |
| μ − 2σ to μ + 2σ | 95% |
| μ − 3σ to μ + 3σ | 99.7% |

**Example.** Suppose IQ scores are normal with μ = 100 and σ = 15. Then about 68% of people score between 85 and 115, and about 95% score between 70 and 130. Because the curve is symmetric, the remaining 5% is split evenly, so about 2.5% score above 130.

## Standardising with z-scores

To handle any normal distribution with a single table, we convert values to **z-scores**:

z = (x − μ) ÷ σ.

A z-score says how many standard deviations a value lies above (positive) or below (negative) the mean. If X is normal, then Z = (X − μ)/σ follows the **standard normal distribution**, with mean 0 and standard deviation 1. A table or calculator gives P(Z ≤ z). Here are some values worth knowing:

| z | 0 | 0.5 | 1.0 | 1.28 | 1.5 | 1.645 | 1.96 | 2.0 | 2.5 | 3.0 |
|---|---|---|---|---|---|---|---|---|---|---|
| P(Z ≤ z) | 0.5000 | 0.6915 | 0.8413 | 0.8997 | 0.9332 | 0.9500 | 0.9750 | 0.9772 | 0.9938 | 0.9987 |

For negative z, use symmetry: P(Z ≤ −z) = 1 − P(Z ≤ z).

## Worked example: exam scores

Exam scores are roughly normal with μ = 70 and σ = 10.

**What fraction score above 85?** z = (85 − 70)/10 = 1.5. From the table, P(Z ≤ 1.5) = 0.9332, so P(score > 85) = 1 − 0.9332 = 0.0668, about 6.7%.

**What fraction score between 60 and 90?** The z-scores are (60 − 70)/10 = −1 and (90 − 70)/10 = 2. So the probability is P(Z ≤ 2) − P(Z ≤ −1) = 0.9772 − (1 − 0.8413) = 0.9772 − 0.1587 = 0.8185, about 82%.

**What score marks the top 10%?** Now we work backwards. We need the z with 90% of the area below it, which the table gives as about 1.28. Converting back, x = μ + zσ = 70 + 1.28 × 10 = 82.8. A score of about 83 puts a student in the top tenth.

## Approximating the binomial

When n is large, a binomial distribution looks very much like a normal curve with the same mean and standard deviation: μ = np and σ = √(np(1 − p)). A common rule of thumb is that the approximation is reasonable when both np and n(1 − p) are at least 10.

**Example.** Flip a fair coin 100 times. What is the probability of 60 or more heads? Here μ = 50 and σ = √(100 × 0.5 × 0.5) = 5. Because the binomial count jumps in whole numbers, we treat "60 or more" as "above 59.5", a step called the **continuity correction**. Then z = (59.5 − 50)/5 = 1.9 and P(Z > 1.9) ≈ 0.029. The exact binomial answer is about 0.028, so the approximation is very close.

## A word of caution

Not everything is normal. Incomes, house prices and waiting times are usually skewed, with a long tail on one side. Before using normal calculations, look at a histogram of your data to check that a bell shape is a sensible description.

## Check yourself

1. Heights of a plant species are normal with mean 40 cm and standard deviation 5 cm. What is the z-score of a plant 50 cm tall, and about what percentage of plants are taller?
2. Using the table, find P(Z < −1.96).
3. For the exam scores above (μ = 70, σ = 10), what percentage of students score below 75?

**Answers:** (1) z = (50 − 40)/5 = 2. P(Z > 2) = 1 − 0.9772 = 0.0228, so about 2.3% are taller. (2) P(Z < −1.96) = 1 − 0.9750 = 0.025. (3) z = 0.5, and P(Z ≤ 0.5) = 0.6915, so about 69%.
`,
};
