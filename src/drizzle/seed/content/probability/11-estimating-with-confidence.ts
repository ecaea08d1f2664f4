import type { DemoLesson } from "../types";

export const estimatingWithConfidence: DemoLesson = {
  slug: "estimating-with-confidence",
  title: "Confidence Intervals",
  summary:
    "Build and interpret confidence intervals for a mean and a proportion, and see how confidence level and sample size affect the margin of error.",
  estimatedMinutes: 20,
  topics: ["confidence-intervals", "sampling-distributions"],
  markdown: String.raw`A single number such as "the average is 82" is called a point estimate. It is useful, but it hides an important question: how far off might it be? A confidence interval answers that question by giving a range of plausible values for the unknown parameter, together with a statement of how reliable the method is. You have almost certainly seen one already, in the form "52% support, with a margin of error of 3 points".

## The basic recipe

Every confidence interval in this course has the same form:

estimate ± (critical value) × (standard error).

The part after the ± sign is the **margin of error**. The standard error comes from the previous lesson, and the critical value depends on how confident we want to be.

## Where the critical value comes from

By the central limit theorem, x̄ is approximately normal with mean μ and standard deviation SE = σ/√n. About 95% of the area under a normal curve lies within 1.96 standard deviations of the centre, so in about 95% of samples x̄ lands within 1.96 SE of μ. Turned around, in 95% of samples the interval x̄ ± 1.96 SE contains μ.

The number 1.96 is the critical value, written z\* here, for 95% confidence. Other common choices:

| Confidence level | Critical value z\* |
|---|---|
| 90% | 1.645 |
| 95% | 1.96 |
| 99% | 2.576 |

## Interval for a mean when σ is known

If the population standard deviation σ is known, the interval is x̄ ± z\* × σ/√n.

**Example.** A cereal packing line has a known standard deviation of σ = 8 g. A sample of 64 boxes has mean weight x̄ = 500 g. The standard error is 8/√64 = 1 g, so a 95% confidence interval is 500 ± 1.96 × 1, which is 498.04 g to 501.96 g.

## Interval for a mean when σ is unknown

In practice σ is rarely known, so we replace it with the sample standard deviation s. This adds extra uncertainty, which is accounted for by using a slightly larger critical value t\* from the **t distribution** with n − 1 degrees of freedom. For large samples t\* is very close to z\*; for small ones it is noticeably bigger.

**Example.** A random sample of 25 students has a mean test score of x̄ = 82 with s = 10. The standard error is 10/√25 = 2. For 95% confidence with 24 degrees of freedom, a t table gives t\* = 2.064. The margin of error is 2.064 × 2 ≈ 4.13, so the interval is 82 ± 4.13, or about 77.9 to 86.1.

## Interval for a proportion

For a proportion, the estimate is p̂ and the standard error is √(p̂(1 − p̂)/n). The interval is p̂ ± z\* × √(p̂(1 − p̂)/n), which works well when there are at least 10 "yes" and 10 "no" answers in the sample.

**Example.** In a random poll of 1,000 voters, 520 support a candidate, so p̂ = 0.52. The standard error is √(0.52 × 0.48/1,000) ≈ 0.0158. The 95% margin of error is 1.96 × 0.0158 ≈ 0.031, about 3 percentage points. The interval runs from about 0.489 to 0.551. Because it includes values below 50%, the poll cannot confidently say the candidate has majority support.

## What "95% confident" means

This is the part people most often get wrong. The true parameter is a fixed number; it is the interval that changes from sample to sample. "95% confidence" describes the **method**: if we repeated the whole process many times, about 95% of the intervals we built would contain the true value, and about 5% would miss it.

So it is correct to say "we used a method that captures the true mean 95% of the time". It is not correct to say that 95% of the individual data values fall inside the interval. The interval is about the mean, not about individuals.

## Trade-offs and planning

- **Higher confidence means a wider interval.** To be more sure of catching the parameter, you need a bigger net.
- **Larger samples mean narrower intervals.** The margin of error shrinks with √n, so quadrupling n halves it.

You can use this to plan a study. To estimate a mean to within a margin of error E, you need roughly n = (z\* × σ/E)² observations. For example, with σ = 15 and a desired 95% margin of error of 3, n = (1.96 × 15/3)² = 9.8² ≈ 96.04, so you would sample 97 people (always round up).

## Check yourself

1. A sample of 100 has x̄ = 50, and σ = 8 is known. Give a 95% confidence interval for μ.
2. If you quadruple the sample size and keep everything else the same, what happens to the margin of error?
3. A report says "a 95% confidence interval for the mean commute is 21 to 27 minutes". A reader concludes that 95% of commuters take between 21 and 27 minutes. Is that right?

**Answers:** (1) SE = 8/√100 = 0.8, so the interval is 50 ± 1.96 × 0.8 = 50 ± 1.568, or about 48.43 to 51.57. (2) It is cut in half, because √4 = 2. (3) No. The interval is a range of plausible values for the *average* commute, not a range that contains most individual commutes, which vary much more.
`,
};
