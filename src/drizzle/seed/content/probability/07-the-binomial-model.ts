import type { DemoLesson } from "../types";

export const theBinomialModel: DemoLesson = {
  slug: "the-binomial-model",
  title: "The Binomial Distribution",
  summary:
    "Model the number of successes in a fixed number of independent yes-or-no trials, and compute its probabilities, mean and standard deviation.",
  estimatedMinutes: 18,
  topics: ["binomial-distribution", "counting"],
  markdown: String.raw`Many questions have the same shape: out of a fixed number of tries, how many succeed? How many of 10 patients respond to a treatment, how many of 20 emails are spam, how many of 5 free throws go in. The binomial distribution answers all of these with a single formula. It is the first named distribution in this course, and it brings together counting, independence and expected value.

## When is a situation binomial?

A random variable X has a binomial distribution when it counts the number of successes in a series of trials that meet four conditions. A handy memory aid is **BINS**:

- **B**inary: each trial has two outcomes, "success" or "failure".
- **I**ndependent: the result of one trial does not affect the others.
- **N**umber fixed: the number of trials, n, is decided in advance.
- **S**ame probability: each trial succeeds with the same probability p.

We write X ~ Binomial(n, p). A single trial of this kind is called a Bernoulli trial.

Drawing five cards *without* replacement and counting hearts is not quite binomial, because the chance of a heart changes after each draw. Counting the number of rolls until the first six is not binomial either, because the number of trials is not fixed.

## The binomial formula

For k = 0, 1, 2, …, n:

P(X = k) = C(n, k) × pᵏ × (1 − p)ⁿ⁻ᵏ.

Each piece has a clear meaning. Any particular sequence with k successes and n − k failures, such as SSFSF, has probability pᵏ(1 − p)ⁿ⁻ᵏ, because the trials are independent and probabilities of independent events multiply. The factor C(n, k) counts how many such sequences there are, which is the number of ways to choose which k of the n trials are the successes.

## Worked example: free throws

A basketball player makes 70% of her free throws, and we treat shots as independent. She takes 5 shots. Let X be the number she makes, so X ~ Binomial(5, 0.7).

P(X = 4) = C(5, 4) × 0.7⁴ × 0.3¹ = 5 × 0.2401 × 0.3 = 0.36015.

Doing the same for every value gives the whole distribution:

| k | 0 | 1 | 2 | 3 | 4 | 5 |
|---|---|---|---|---|---|---|
| P(X = k) | 0.0024 | 0.0284 | 0.1323 | 0.3087 | 0.3602 | 0.1681 |

The probabilities add up to 1 (allowing for rounding). Now we can answer questions such as:

- P(she makes at least 4) = 0.3602 + 0.1681 ≈ 0.528.
- P(she makes at most 1) = 0.0024 + 0.0284 ≈ 0.031.

## Mean and standard deviation

For a binomial random variable there are simple formulas:

- Mean: μ = np
- Variance: σ² = np(1 − p)
- Standard deviation: σ = √(np(1 − p))

These follow from the rules in the previous lesson: X is the sum of n independent trials, each contributing a mean of p and a variance of p(1 − p).

For the free throws, μ = 5 × 0.7 = 3.5 shots and σ² = 5 × 0.7 × 0.3 = 1.05, so σ ≈ 1.02. She typically makes about 3 or 4 of 5, give or take about one.

## Worked example: guessing on a quiz

A quiz has 10 multiple-choice questions, each with 4 options. A student guesses every answer at random. Let X be the number correct, so X ~ Binomial(10, 0.25).

- Expected number correct: 10 × 0.25 = 2.5.
- Chance of a perfect score: 0.25¹⁰ ≈ 0.00000095, about 1 in a million.
- Chance of passing with 6 or more: adding P(X = 6) through P(X = 10) gives about 0.0197, roughly 2%.

For example, P(X = 6) = C(10, 6) × 0.25⁶ × 0.75⁴ = 210 × 0.000244 × 0.316 ≈ 0.0162, and the other four terms are smaller still. Guessing is not a good exam strategy.

## The shape of the distribution

When p = 0.5 the binomial distribution is perfectly symmetric. When p is small the distribution is bunched up near 0 with a long tail to the right, and when p is large it is bunched near n with a tail to the left. As n grows, the shape becomes more and more like a smooth bell curve. This observation leads directly to the normal distribution in the next lesson.

## Check yourself

1. A fair coin is flipped 4 times. What is the probability of exactly 2 heads?
2. A factory's items are defective with probability 0.2, independently. In a batch of 100, what are the mean and standard deviation of the number of defective items?
3. You roll a die until you get a six and count the rolls. Is this count binomial? Why or why not?

**Answers:** (1) C(4, 2) × 0.5² × 0.5² = 6 × 1/16 = 0.375. (2) μ = 100 × 0.2 = 20 and σ = √(100 × 0.2 × 0.8) = √16 = 4. (3) No. The number of trials is not fixed in advance; the count itself is what varies.
`,
};
