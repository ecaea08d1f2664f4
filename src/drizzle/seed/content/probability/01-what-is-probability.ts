import type { DemoLesson } from "../types";

export const whatIsProbability: DemoLesson = {
  slug: "what-is-probability",
  title: "What Is Probability?",
  summary:
    "Learn the language of chance: experiments, sample spaces and events, and the few basic rules that every probability obeys.",
  estimatedMinutes: 15,
  topics: ["sample-spaces"],
  markdown: String.raw`Every day you make decisions under uncertainty: whether to carry an umbrella, whether the bus will be late, whether a test result is worth worrying about. Probability puts numbers on uncertainty so that we can reason about it carefully instead of by gut feeling. This lesson introduces the basic vocabulary and the few rules the rest of the course builds on.

## Experiments, outcomes and sample spaces

A **random experiment** is any process whose result you cannot predict with certainty in advance: flipping a coin, rolling a die, checking tomorrow's weather. Each possible result is an **outcome**, and the set of all possible outcomes is the **sample space**, usually written S.

- Flip a coin: S = {H, T}
- Roll a six-sided die: S = {1, 2, 3, 4, 5, 6}
- Flip a coin twice: S = {HH, HT, TH, TT}

An **event** is any collection of outcomes. Think of it as a yes-or-no question you can answer once the experiment is over. For the die, the event "roll an even number" is E = {2, 4, 6}. We say the event *occurs* if the actual outcome is one of its members.

Writing down the sample space is often the most useful first step in a probability problem. Notice that flipping a coin twice has four outcomes, not three: HT and TH are different outcomes even though both contain one head.

## Three ways to think about probability

The probability of an event A, written P(A), is a number between 0 and 1 that measures how likely A is. There are three common ways to arrive at that number.

| Approach | Idea | Example |
|---|---|---|
| Classical | If all outcomes are equally likely, P(A) = (outcomes in A) ÷ (outcomes in S) | P(even on a fair die) = 3/6 = 1/2 |
| Relative frequency | Repeat the experiment many times; P(A) is the long-run proportion of times A occurs | A factory finds 12 faulty parts in 4,000, so P(faulty) ≈ 0.003 |
| Subjective | A reasoned degree of belief based on the information available | A forecaster says there is a 30% chance of rain |

The classical approach only works when the outcomes really are equally likely. A loaded die still has six faces, but its chance of showing a six is not 1/6.

## The basic rules

Whichever interpretation you use, probabilities follow the same rules:

1. For any event A, 0 ≤ P(A) ≤ 1. A probability of 0 means impossible and 1 means certain.
2. P(S) = 1, because some outcome in the sample space must happen.
3. If A and B are **mutually exclusive** (they cannot both happen), then P(A ∪ B) = P(A) + P(B).

Here A ∪ B, read "A union B", means "A or B or both", and A ∩ B, read "A intersect B", means "both A and B". Two very useful consequences follow from these rules.

**The complement rule.** The complement of A, written Aᶜ, is the event "A does not happen". Since A and Aᶜ cannot both happen and together cover all of S, P(Aᶜ) = 1 − P(A).

**The addition rule.** For any two events, P(A ∪ B) = P(A) + P(B) − P(A ∩ B). We subtract the overlap because outcomes that belong to both A and B would otherwise be counted twice.

## Worked example: two dice

Roll two fair dice, one red and one blue. Each die has 6 faces, so there are 6 × 6 = 36 equally likely outcomes, such as (red 2, blue 5).

**What is the probability that the total is 7?** The pairs (1, 6), (2, 5), (3, 4), (4, 3), (5, 2) and (6, 1) give a total of 7, so P(total = 7) = 6/36 = 1/6.

**What is the probability of at least one six?** Counting directly is fiddly, so use the complement. "No six" means each die shows one of five faces, giving 5 × 5 = 25 outcomes. So P(at least one six) = 1 − 25/36 = 11/36 ≈ 0.306.

You can check this with the addition rule. Let A = "red shows six" and B = "blue shows six". Then P(A) = 6/36, P(B) = 6/36, and P(A ∩ B) = 1/36 because only (6, 6) is in both. So P(A ∪ B) = 6/36 + 6/36 − 1/36 = 11/36, the same answer.

## Worked example: a deck of cards

Draw one card from a well-shuffled standard deck of 52. What is the probability that it is a heart or a king? There are 13 hearts and 4 kings, but the king of hearts belongs to both groups:

P(heart ∪ king) = 13/52 + 4/52 − 1/52 = 16/52 = 4/13 ≈ 0.308.

Forgetting to subtract the overlap is a very common mistake, so always ask: "Can both events happen at once?"

## Check yourself

1. A coin is flipped three times. How many outcomes are in the sample space, and what is the probability of getting exactly two heads?
2. The chance of rain tomorrow is 0.3. What is the chance that it does not rain?
3. Suppose P(A) = 0.5, P(B) = 0.4 and P(A ∩ B) = 0.2. Find P(A ∪ B).

**Answers:** (1) There are 2 × 2 × 2 = 8 outcomes. Exactly two heads happens in HHT, HTH and THH, so the probability is 3/8. (2) By the complement rule, 1 − 0.3 = 0.7. (3) By the addition rule, 0.5 + 0.4 − 0.2 = 0.7.
`,
};
