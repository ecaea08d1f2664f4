import type { DemoLesson } from "../types";

export const conditionalProbabilityAndIndependence: DemoLesson = {
  slug: "conditional-probability-and-independence",
  title: "Conditional Probability and Independence",
  summary:
    "Update probabilities when you learn new information, use the multiplication rule, and recognise when events are independent.",
  estimatedMinutes: 18,
  topics: ["conditional-probability", "independence"],
  markdown: String.raw`Probabilities change when you learn something new. The chance that a randomly chosen person is over two metres tall is small, but if you are told the person plays professional basketball, the chance is much larger. Conditional probability is the tool for updating probabilities in the light of new information, and independence describes the special case where the new information changes nothing.

## The definition

The **conditional probability** of A given B, written P(A | B), is the probability that A happens when we already know that B has happened:

P(A | B) = P(A ∩ B) ÷ P(B), provided P(B) > 0.

The idea is that knowing B has happened shrinks the sample space down to B. Within that smaller world, we ask what fraction of the probability also belongs to A.

**Example.** Roll a fair die and suppose you are told the result is even. What is the probability that it is a six? Here B = {2, 4, 6} and A ∩ B = {6}, so P(six | even) = (1/6) ÷ (3/6) = 1/3. That matches intuition: there are three equally likely even faces and one of them is a six.

## Reading conditional probabilities from a table

Two-way tables make conditional probability concrete. A survey of 200 adults records age group and whether the person drinks coffee daily.

| Age group | Drinks coffee | No coffee | Total |
|---|---|---|---|
| Under 30 | 30 | 50 | 80 |
| 30 and over | 80 | 40 | 120 |
| Total | 110 | 90 | 200 |

Pick one of these adults at random.

- P(coffee) = 110/200 = 0.55.
- P(coffee | under 30) = 30/80 = 0.375. We restrict attention to the under-30 row.
- P(under 30 | coffee) = 30/110 ≈ 0.273. Now we restrict attention to the coffee column.

The last two numbers are different. In general **P(A | B) is not the same as P(B | A)**. Mixing them up is a classic error, sometimes called the prosecutor's fallacy when it happens in a courtroom.

## The multiplication rule

Rearranging the definition gives a rule for the probability that two events both happen:

P(A ∩ B) = P(A) × P(B | A).

This is especially useful for experiments that happen in steps.

**Example.** Draw two cards from a shuffled deck without putting the first one back. What is the probability that both are aces? The first card is an ace with probability 4/52. Given that it was, 3 aces remain among 51 cards. So P(both aces) = 4/52 × 3/51 = 12/2,652 = 1/221 ≈ 0.0045.

## Independence

Two events are **independent** if knowing that one happened does not change the probability of the other: P(A | B) = P(A). An equivalent and more symmetric way to say this is

A and B are independent exactly when P(A ∩ B) = P(A) × P(B).

Flipping a coin and rolling a die are independent, so P(heads and a six) = 1/2 × 1/6 = 1/12. In the coffee survey, however, age and coffee drinking are **not** independent, because P(coffee | under 30) = 0.375 while P(coffee) = 0.55. Learning someone's age changes what we expect about their coffee habits.

A common confusion is between *independent* and *mutually exclusive*. Mutually exclusive events cannot happen together, so if one happens the other definitely did not. That is a very strong dependence. Two mutually exclusive events that each have a positive probability are never independent.

## Several independent events

For independent events, probabilities of "all of them happen" multiply. Suppose a device works only if all three of its components work, and each component works with probability 0.9, independently of the others.

| Question | Calculation | Result |
|---|---|---|
| All three work | 0.9 × 0.9 × 0.9 | 0.729 |
| At least one fails | 1 − 0.729 | 0.271 |
| All three fail | 0.1 × 0.1 × 0.1 | 0.001 |

Even with reliable parts, the device fails more than a quarter of the time. This is why engineers add backup components. Be careful, though: multiplying is only valid when independence is a reasonable assumption. Components that share a power supply, for example, may tend to fail together.

## Check yourself

1. Suppose P(A) = 0.6, P(B) = 0.25 and P(A ∩ B) = 0.15. Find P(A | B). Are A and B independent?
2. Two cards are drawn without replacement from a standard deck. What is the probability that both are hearts?
3. Using the survey table, what is the probability that a randomly chosen person aged 30 or over does not drink coffee?

**Answers:** (1) P(A | B) = 0.15 ÷ 0.25 = 0.6, which equals P(A), so yes, they are independent. Equivalently, P(A) × P(B) = 0.6 × 0.25 = 0.15 = P(A ∩ B). (2) 13/52 × 12/51 = 156/2,652 = 1/17 ≈ 0.059. (3) P(no coffee | 30 and over) = 40/120 = 1/3.
`,
};
