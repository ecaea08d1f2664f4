import type { DemoLesson } from "../types";

export const introducingRandomVariables: DemoLesson = {
  slug: "introducing-random-variables",
  title: "Random Variables and Their Distributions",
  summary:
    "Turn outcomes into numbers with random variables, describe them with probability distributions, and tell discrete from continuous.",
  estimatedMinutes: 16,
  topics: ["random-variables"],
  markdown: String.raw`So far we have talked about events such as "the total is 7" or "the card is a heart". Often, though, what we care about is a number: how many customers arrive in an hour, how many heads appear in ten flips, how long a battery lasts. A random variable is the bridge between random outcomes and numbers, and once we have numbers we can calculate averages, spreads and much more.

## What is a random variable?

A **random variable** is a rule that assigns a number to each outcome of a random experiment. It is usually written with a capital letter such as X, while a particular value it might take is written in lower case, such as x.

Flip a coin three times and let X be the number of heads. The sample space has 8 equally likely outcomes, and X turns each one into a number:

- HHH gives X = 3
- HHT, HTH and THH give X = 2
- HTT, THT and TTH give X = 1
- TTT gives X = 0

The word "variable" is a little misleading: X is not unknown in the algebra sense. It is a fixed rule; the randomness comes from which outcome actually happens.

## Discrete and continuous

Random variables come in two main types.

| Type | Possible values | Examples |
|---|---|---|
| Discrete | A list of separate values, often counts | Number of heads, number of emails received today, number of defective items in a box |
| Continuous | Any value in an interval | Height, waiting time, temperature, the weight of a bag of flour |

A quick test: if you would *count* it, it is probably discrete; if you would *measure* it, it is probably continuous.

## The probability distribution of a discrete variable

The **probability distribution** of a discrete random variable lists each possible value together with its probability. The function p(x) = P(X = x) is called the **probability mass function**. For the number of heads in three flips:

| x | 0 | 1 | 2 | 3 |
|---|---|---|---|---|
| P(X = x) | 1/8 | 3/8 | 3/8 | 1/8 |

Every valid discrete distribution satisfies two conditions:

1. Each probability is between 0 and 1.
2. The probabilities add up to exactly 1.

From the table you can answer any question about X. For instance, P(X ≥ 2) = 3/8 + 1/8 = 1/2, and P(X ≥ 1) = 1 − P(X = 0) = 7/8.

## Worked example: the sum of two dice

Let S be the total when two fair dice are rolled. Using the 36 equally likely outcomes from the first lesson, count how many give each total:

| Total s | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 |
|---|---|---|---|---|---|---|---|---|---|---|---|
| Ways | 1 | 2 | 3 | 4 | 5 | 6 | 5 | 4 | 3 | 2 | 1 |

So P(S = s) is the number of ways divided by 36. The distribution is symmetric around 7, which is the most likely total. The chance of a total of 10 or more is (3 + 2 + 1)/36 = 6/36 = 1/6.

## The cumulative distribution function

Sometimes it is more convenient to work with running totals. The **cumulative distribution function**, or CDF, is F(x) = P(X ≤ x). For the three coin flips:

- F(0) = 1/8
- F(1) = 1/8 + 3/8 = 4/8
- F(2) = 7/8
- F(3) = 1

The CDF always increases (or stays level) from 0 up to 1. It is useful because P(a < X ≤ b) = F(b) − F(a).

## Continuous random variables

For a continuous variable, the chance of hitting any one exact value, such as a waiting time of exactly 3.000000 minutes, is 0. Instead, probabilities are given as **areas under a curve** called the probability density function. The total area under the curve is 1, and P(a ≤ X ≤ b) is the area between a and b.

**Example.** A train arrives at a random moment in a 10-minute window, with every moment equally likely. The waiting time X then has a flat (uniform) density of height 1/10 between 0 and 10. The probability of waiting between 2 and 5 minutes is the area of a rectangle: width 3 × height 1/10 = 0.3.

In a later lesson you will meet the most important continuous distribution of all, the normal distribution.

## Check yourself

1. Is this a valid distribution: P(X = 1) = 0.3, P(X = 2) = 0.5, P(X = 3) = 0.3?
2. For the total S of two dice, what is P(S ≤ 4)?
3. Classify each as discrete or continuous: the number of goals in a match; the time a runner takes to finish a marathon.

**Answers:** (1) No. The probabilities add up to 1.1, not 1. (2) (1 + 2 + 3)/36 = 6/36 = 1/6. (3) The number of goals is discrete, because it is a count. The finishing time is continuous, because it is a measurement.
`,
};
