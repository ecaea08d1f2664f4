import type { DemoLesson } from "../types";

export const testingAClaim: DemoLesson = {
  slug: "testing-a-claim",
  title: "Hypothesis Testing",
  summary:
    "Test a claim with data: set up null and alternative hypotheses, compute a test statistic and p-value, and understand the two kinds of error.",
  estimatedMinutes: 22,
  topics: ["hypothesis-testing"],
  markdown: String.raw`A coin lands heads 61 times in 100 flips. Is it biased, or was that just luck? Hypothesis testing is a structured way to answer questions like this. The idea is simple: assume nothing special is going on, then ask whether the data would be surprising under that assumption. If they would be very surprising, we have evidence that something is going on after all.

## The ingredients

A hypothesis test has a small number of standard parts.

- The **null hypothesis**, H₀, is the "nothing special" claim, for example "the coin is fair" (p = 0.5) or "the mean fill is 500 ml" (μ = 500).
- The **alternative hypothesis**, H₁, is what we suspect instead, for example p ≠ 0.5. An alternative with ≠ is **two-sided**; one with < or > is **one-sided** and should only be used if the direction was decided before looking at the data.
- The **test statistic** measures how far the data are from what H₀ predicts, in units of standard error. For the tests in this lesson it is a z-score: z = (estimate − value under H₀) ÷ SE.
- The **p-value** is the probability, assuming H₀ is true, of getting a test statistic at least as extreme as the one observed.
- The **significance level**, α, is the cut-off chosen in advance, most often 0.05. If the p-value is at most α, we **reject H₀**. Otherwise we **fail to reject H₀**.

## Worked example: is the coin fair?

We flip a coin 100 times and get 61 heads, so p̂ = 0.61.

1. **Hypotheses:** H₀: p = 0.5 and H₁: p ≠ 0.5.
2. **Standard error under H₀:** √(0.5 × 0.5/100) = 0.05. We use the null value p = 0.5 here, because the calculation assumes H₀ is true.
3. **Test statistic:** z = (0.61 − 0.50)/0.05 = 2.2.
4. **p-value:** P(Z ≥ 2.2) = 1 − 0.9861 = 0.0139. The test is two-sided, so a result as extreme in the other direction counts too: p-value = 2 × 0.0139 ≈ 0.028.
5. **Decision:** 0.028 ≤ 0.05, so at the 5% level we reject H₀. There is evidence that the coin is biased. At the stricter 1% level, however, we would not reject it.

## Worked example: a filling machine

A bottling machine is supposed to fill bottles with 500 ml on average. From long experience, the fill amounts have a standard deviation of σ = 3.6 ml. An inspector measures 36 bottles and finds x̄ = 498.5 ml. Is the machine under-filling, or could this be chance variation?

- H₀: μ = 500 and H₁: μ ≠ 500.
- SE = 3.6/√36 = 0.6 ml.
- z = (498.5 − 500)/0.6 = −2.5.
- p-value = 2 × P(Z ≤ −2.5) = 2 × (1 − 0.9938) ≈ 0.012.

Since 0.012 is below 0.05, we reject H₀: there is good evidence that the average fill is not 500 ml. (If σ were unknown, we would use s and a t distribution, just as for confidence intervals.)

Tests and intervals are closely linked. The 95% confidence interval here is 498.5 ± 1.96 × 0.6, about 497.3 to 499.7, which does not include 500. A two-sided test at α = 0.05 rejects a null value exactly when that value falls outside the matching 95% interval.

## Two kinds of error

Because we decide from limited data, we can be wrong in two different ways.

| Decision | H₀ is actually true | H₀ is actually false |
|---|---|---|
| Reject H₀ | Type I error (false alarm) | Correct decision |
| Fail to reject H₀ | Correct decision | Type II error (missed effect) |

The probability of a Type I error is α. The probability of a Type II error is called β, and the **power** of a test, 1 − β, is the chance of detecting an effect that really exists. Larger samples increase power. Lowering α reduces false alarms but, for a fixed sample size, makes real effects easier to miss.

A courtroom is a useful analogy. H₀ is "the defendant is innocent". Convicting an innocent person is a Type I error; letting a guilty person go free is a Type II error.

## Common misunderstandings

- **The p-value is not the probability that H₀ is true.** It is calculated assuming H₀ is true. It tells you how surprising the data would be in that case.
- **Failing to reject H₀ does not prove it.** It means the data are not strong enough to rule it out. A small study can easily miss a real effect.
- **Statistically significant does not mean important.** With a huge sample, a tiny and practically useless difference can give a very small p-value. Always report the size of the effect too, ideally with a confidence interval.

## Check yourself

1. A test gives a p-value of 0.03. What is the decision at α = 0.05? At α = 0.01?
2. A smoke alarm "tests" the null hypothesis that there is no fire. What would a Type I error and a Type II error be?
3. A study reports p = 0.20. A journalist writes: "There is a 20% chance the null hypothesis is true." What is wrong with this?

**Answers:** (1) Reject H₀ at α = 0.05, because 0.03 ≤ 0.05; fail to reject at α = 0.01, because 0.03 > 0.01. (2) A Type I error is the alarm sounding when there is no fire. A Type II error is the alarm staying silent during a real fire. (3) The p-value is calculated assuming H₀ is true, so it cannot be the probability that H₀ is true. It means that if H₀ were true, results at least this extreme would occur about 20% of the time, so the data give little evidence against H₀.
`,
};
