import type { DemoLesson } from "../types";

export const bayesRuleInPractice: DemoLesson = {
  slug: "bayes-rule-in-practice",
  title: "Bayes' Theorem: Updating Beliefs with Evidence",
  summary:
    "Use the law of total probability and Bayes' theorem to reverse a conditional probability, and see why base rates matter so much.",
  estimatedMinutes: 20,
  topics: ["bayes-theorem", "conditional-probability"],
  markdown: String.raw`In the previous lesson you saw that P(A | B) and P(B | A) are usually different. Very often we know one of them and need the other. A medical test is described by how often it is positive for people who have a disease, but a patient with a positive result wants to know how likely it is that they have the disease. Bayes' theorem is the rule for turning one conditional probability around, and it is one of the most practical ideas in all of probability.

## Step one: the law of total probability

Suppose B is some event and Bᶜ is its complement. Any event A can happen either together with B or together with Bᶜ, so

P(A) = P(A | B) × P(B) + P(A | Bᶜ) × P(Bᶜ).

This is the **law of total probability**. It works the same way with more than two cases: if B₁, B₂, B₃ are mutually exclusive and together cover every possibility, then P(A) = P(A | B₁)P(B₁) + P(A | B₂)P(B₂) + P(A | B₃)P(B₃).

## Step two: Bayes' theorem

From the multiplication rule, P(A ∩ B) = P(B) × P(A | B). Dividing by P(A) gives

P(B | A) = P(A | B) × P(B) ÷ P(A),

where P(A) usually comes from the law of total probability. The pieces have names:

- **Prior**, P(B): how plausible B was before seeing the evidence.
- **Likelihood**, P(A | B): how probable the evidence is if B is true.
- **Posterior**, P(B | A): how plausible B is after seeing the evidence.

## Worked example: a medical test

A disease affects 1% of a population. A screening test correctly gives a positive result for 95% of people who have the disease, and wrongly gives a positive result for 5% of people who do not. A randomly chosen person tests positive. How likely is it that they have the disease?

Let D = "has the disease" and + = "tests positive".

- Prior: P(D) = 0.01, so P(Dᶜ) = 0.99.
- Likelihoods: P(+ | D) = 0.95 and P(+ | Dᶜ) = 0.05.
- Total probability: P(+) = 0.95 × 0.01 + 0.05 × 0.99 = 0.0095 + 0.0495 = 0.059.
- Bayes: P(D | +) = 0.0095 ÷ 0.059 ≈ 0.161.

Only about 16% of people who test positive actually have the disease. Most people find this surprising, because the test sounds accurate.

## Seeing it with counts

Imagine 10,000 people taking the test. Working with whole numbers of people makes the result easy to see.

| Group | People | Test positive | Test negative |
|---|---|---|---|
| Have the disease | 100 | 95 | 5 |
| Do not have it | 9,900 | 495 | 9,405 |
| Total | 10,000 | 590 | 9,410 |

Of the 590 positive results, only 95 come from people with the disease: 95/590 ≈ 16%. The false positives outnumber the true positives because healthy people vastly outnumber sick people. Ignoring how rare a condition is when judging evidence is called **base rate neglect**.

## Updating again

Bayes' theorem can be applied repeatedly: today's posterior becomes tomorrow's prior. Suppose the person takes a second, independent test of the same kind and it is also positive. Now the prior is 0.161:

- P(+) = 0.95 × 0.161 + 0.05 × 0.839 ≈ 0.153 + 0.042 = 0.195.
- P(D | second +) ≈ 0.153 ÷ 0.195 ≈ 0.78.

Two positive results raise the probability to about 78%. (This assumes the test errors are independent from one test to the next, which is not always true in practice.)

## Worked example: more than two causes

A factory has three machines. Machine A makes 50% of the items, machine B makes 30% and machine C makes 20%. Their defect rates are 1%, 2% and 4% respectively. An item is found to be defective. Which machine most likely made it?

- P(defective) = 0.50 × 0.01 + 0.30 × 0.02 + 0.20 × 0.04 = 0.005 + 0.006 + 0.008 = 0.019.
- P(A | defective) = 0.005 ÷ 0.019 ≈ 0.263.
- P(B | defective) = 0.006 ÷ 0.019 ≈ 0.316.
- P(C | defective) = 0.008 ÷ 0.019 ≈ 0.421.

Machine C makes the fewest items, but its high defect rate makes it the most likely source. The three posteriors add up to 1, which is a good check on your arithmetic.

## Check yourself

1. Of all email, 20% is spam. The word "prize" appears in 40% of spam messages and in 2% of other messages. An email contains "prize". What is the probability it is spam?
2. In the medical example, what is P(D | +) if the disease instead affects 10% of the population?
3. Explain in one sentence why an accurate test can still produce mostly false positives.

**Answers:** (1) P(prize) = 0.4 × 0.2 + 0.02 × 0.8 = 0.08 + 0.016 = 0.096, so P(spam | prize) = 0.08 ÷ 0.096 ≈ 0.83. (2) P(+) = 0.95 × 0.1 + 0.05 × 0.9 = 0.095 + 0.045 = 0.14, so P(D | +) = 0.095 ÷ 0.14 ≈ 0.68. (3) When a condition is rare, even a small false-positive rate applied to the large healthy group produces more positive results than the small sick group does.
`,
};
