import type { DemoLesson } from "../types";

export const expectedValueAndSpread: DemoLesson = {
  slug: "expected-value-and-spread",
  title: "Expected Value, Variance and Standard Deviation",
  summary:
    "Summarise a random variable by its long-run average and its spread, and learn the rules for shifting, scaling and adding variables.",
  estimatedMinutes: 20,
  topics: ["expectation-variance", "random-variables"],
  markdown: String.raw`A probability distribution contains everything there is to know about a random variable, but it is often more than we need. Two numbers usually capture the essentials: where the values are centred, and how spread out they are. These are the expected value and the standard deviation. They are the workhorses of the rest of this course.

## Expected value

The **expected value** (or mean) of a discrete random variable X is the probability-weighted average of its values:

E[X] = Σ x × P(X = x),

where Σ means "add up over all possible values x". It is often written μ (the Greek letter mu).

**Example.** For one roll of a fair die, E[X] = (1 + 2 + 3 + 4 + 5 + 6) × 1/6 = 21/6 = 3.5.

You will never roll a 3.5, so "expected" does not mean "most likely". It means the **long-run average**: if you roll the die thousands of times, the average of your rolls will settle close to 3.5.

## Worked example: is the game worth playing?

A game costs $1 to play. You roll a die, and if it shows a six you receive $5. Let G be your net gain.

| Outcome | Net gain g | Probability |
|---|---|---|
| Roll a six | 5 − 1 = 4 | 1/6 |
| Anything else | −1 | 5/6 |

E[G] = 4 × 1/6 + (−1) × 5/6 = 4/6 − 5/6 = −1/6 ≈ −$0.17.

On average you lose about 17 cents per game. Any single game might go either way, but over many games the losses add up. Casinos and insurance companies rely on exactly this kind of calculation.

## Variance and standard deviation

The mean says nothing about how much the values vary. Compare two investments. Investment A always returns $5. Investment B returns $0 or $10 with equal chances. Both have an expected return of $5, but B is much riskier.

The **variance** measures spread as the average squared distance from the mean:

Var(X) = E[(X − μ)²] = Σ (x − μ)² × P(X = x).

It is often written σ². Because the deviations are squared, the units are squared too, so we usually also report the **standard deviation**, σ = √Var(X), which is in the original units. For investment B, each value is 5 away from the mean, so Var = 25 and σ = 5. For investment A, σ = 0.

## Worked example: number of heads in three flips

Let X be the number of heads in three fair coin flips. The mean is μ = 0 × 1/8 + 1 × 3/8 + 2 × 3/8 + 3 × 1/8 = 12/8 = 1.5. A table keeps the variance calculation organised:

| x | P(X = x) | x − μ | (x − μ)² | (x − μ)² × P(X = x) |
|---|---|---|---|---|
| 0 | 1/8 | −1.5 | 2.25 | 0.28125 |
| 1 | 3/8 | −0.5 | 0.25 | 0.09375 |
| 2 | 3/8 | 0.5 | 0.25 | 0.09375 |
| 3 | 1/8 | 1.5 | 2.25 | 0.28125 |

Adding the last column gives Var(X) = 0.75, so σ = √0.75 ≈ 0.866.

There is also a shortcut formula that is often quicker: Var(X) = E[X²] − μ². For one die roll, E[X²] = (1 + 4 + 9 + 16 + 25 + 36)/6 = 91/6, so Var(X) = 91/6 − 3.5² = 91/6 − 12.25 = 35/12 ≈ 2.92 and σ ≈ 1.71.

## Rules for combining random variables

These rules save a lot of work. Here a and b are fixed numbers.

- **Shifting and scaling:** E[aX + b] = aE[X] + b and Var(aX + b) = a² Var(X). Adding a constant moves the centre but does not change the spread.
- **Sums:** E[X + Y] = E[X] + E[Y], always.
- **Sums of independent variables:** Var(X + Y) = Var(X) + Var(Y) when X and Y are independent.

Note that variances add, but standard deviations do not. For two independent dice, the total has mean 3.5 + 3.5 = 7 and variance 35/12 + 35/12 = 35/6 ≈ 5.83, so its standard deviation is √5.83 ≈ 2.42, not 1.71 + 1.71.

## Check yourself

1. X takes the values 0, 1 and 2 with probabilities 0.2, 0.5 and 0.3. Find E[X], Var(X) and the standard deviation.
2. E[X] = 10 and Var(X) = 4. Let Y = 3X − 2. Find E[Y], Var(Y) and the standard deviation of Y.
3. A raffle sells 1,000 tickets at $2 each, with one prize of $500. What is the expected net gain of buying one ticket?

**Answers:** (1) E[X] = 0 + 0.5 + 0.6 = 1.1. E[X²] = 0 + 0.5 + 1.2 = 1.7, so Var(X) = 1.7 − 1.1² = 1.7 − 1.21 = 0.49 and σ = 0.7. (2) E[Y] = 3 × 10 − 2 = 28, Var(Y) = 3² × 4 = 36, and the standard deviation is 6. (3) You gain $498 with probability 1/1,000 and lose $2 otherwise, so the expected gain is 498 × 0.001 − 2 × 0.999 = 0.498 − 1.998 = −$1.50.
`,
};
