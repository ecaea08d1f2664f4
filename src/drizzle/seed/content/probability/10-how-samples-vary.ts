import type { DemoLesson } from "../types";

export const howSamplesVary: DemoLesson = {
  slug: "how-samples-vary",
  title: "Sampling Distributions and the Central Limit Theorem",
  summary:
    "See how a statistic changes from sample to sample, measure that variation with the standard error, and meet the central limit theorem.",
  estimatedMinutes: 20,
  topics: ["sampling-distributions"],
  markdown: String.raw`Suppose you survey 100 randomly chosen people and find that their average sleep is 6.9 hours. If a colleague surveys a different random 100 people, she will almost certainly get a slightly different average. A statistic is itself a random variable: its value depends on which sample happened to be chosen. Understanding how much it varies is the key that unlocks confidence intervals and hypothesis tests in the next two lessons.

## The sampling distribution

Imagine taking every possible random sample of size n from a population, computing the sample mean x̄ for each one, and drawing a histogram of all those means. That histogram is the **sampling distribution** of x̄. In practice we only ever take one sample, but probability theory tells us what the sampling distribution looks like, and that tells us how far our one sample mean is likely to be from the truth.

If the population has mean μ and standard deviation σ, and the sample is random, then:

- The mean of the sampling distribution is μ. On average, x̄ hits the target: it is **unbiased**.
- The standard deviation of the sampling distribution is σ/√n. This is called the **standard error** (SE) of the mean.

Both facts follow from the rules for sums of independent random variables that you met earlier: the variance of a sum of n independent values is nσ², and dividing the sum by n divides the variance by n².

## Bigger samples, smaller error

The standard error shrinks as the sample grows, but only with the square root of n. With a population standard deviation of σ = 10:

| Sample size n | Standard error σ/√n |
|---|---|
| 25 | 10/5 = 2 |
| 100 | 10/10 = 1 |
| 400 | 10/20 = 0.5 |

To halve the standard error you need four times as many observations. This is why very precise surveys are expensive.

## The central limit theorem

Knowing the mean and standard error is helpful, but to compute probabilities we also need the *shape* of the sampling distribution. The **central limit theorem** (CLT) provides it:

For a random sample of size n from any population with a finite standard deviation, the sampling distribution of x̄ is approximately normal when n is large, with mean μ and standard deviation σ/√n.

The remarkable part is "any population". The individual values can be skewed, lumpy or even two-peaked, and the averages will still pile up into a bell shape. A common rule of thumb is that n ≥ 30 is usually enough, although strongly skewed populations need more. If the population itself is normal, x̄ is exactly normal for every n.

Be careful about what the theorem says. It does **not** say that the data become normal when you collect more of them. It says that the distribution of the sample *mean* becomes normal.

## Worked example: filling bottles

A machine fills bottles with a mean of 500 ml and a standard deviation of 4 ml, and fill amounts are roughly normal. An inspector measures a random sample of 16 bottles.

**Chance that a single bottle holds less than 498 ml:** z = (498 − 500)/4 = −0.5, and P(Z < −0.5) = 1 − 0.6915 ≈ 0.31.

**Chance that the average of 16 bottles is less than 498 ml:** the standard error is 4/√16 = 1 ml, so z = (498 − 500)/1 = −2, and P(Z < −2) = 1 − 0.9772 ≈ 0.023.

A single low bottle is common, but a low *average* of 16 bottles is rare. If the inspector sees one, it is a sign that something may be wrong with the machine. That line of reasoning is the heart of hypothesis testing.

## Sample proportions

The same ideas apply to proportions. If a fraction p of a population has some property and we take a random sample of size n, the sample proportion p̂ has:

- mean p, and
- standard error √(p(1 − p)/n),

and it is approximately normal when np and n(1 − p) are both at least 10.

**Example.** Suppose 40% of voters support a proposal and a pollster asks 400 random voters. The standard error is √(0.4 × 0.6/400) = √0.0006 ≈ 0.0245. How likely is the poll to show more than 45% support? z = (0.45 − 0.40)/0.0245 ≈ 2.04, and P(Z > 2.04) ≈ 0.021. A poll that far off is possible, but it would happen only about 2% of the time.

## Check yourself

1. A population has σ = 12. What is the standard error of the mean for samples of size 36?
2. A researcher wants to cut the standard error of her estimate to one third of its current value. By what factor must she increase the sample size?
3. True or false: the central limit theorem says that if you collect enough data, the data themselves will be normally distributed.

**Answers:** (1) SE = 12/√36 = 12/6 = 2. (2) By a factor of 9, since the standard error depends on √n and √9 = 3. (3) False. It is the distribution of the sample mean, across repeated samples, that becomes approximately normal.
`,
};
