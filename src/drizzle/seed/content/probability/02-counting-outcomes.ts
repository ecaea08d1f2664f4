import type { DemoLesson } from "../types";

export const countingOutcomes: DemoLesson = {
  slug: "counting-outcomes",
  title: "Counting Outcomes: Permutations and Combinations",
  summary:
    "Count large sample spaces without listing them, using the multiplication principle, permutations and combinations.",
  estimatedMinutes: 18,
  topics: ["counting", "sample-spaces"],
  markdown: String.raw`When every outcome is equally likely, probability comes down to counting: P(A) = (number of outcomes in A) ÷ (number of outcomes in S). For a coin or a single die you can simply list everything. But a five-card hand can be dealt in millions of ways, and nobody wants to list those. This lesson gives you three counting tools and a simple way to decide which one to use.

## The multiplication principle

If a task happens in stages, with m ways to do the first stage and n ways to do the second stage (no matter how the first stage went), then the whole task can be done in m × n ways. The idea extends to any number of stages.

**Example.** A café offers 3 cup sizes, 4 kinds of drink and 2 kinds of milk. The number of different orders is 3 × 4 × 2 = 24.

**Example.** A PIN has 4 digits, each from 0 to 9. If digits may repeat, there are 10 × 10 × 10 × 10 = 10⁴ = 10,000 possible PINs. If no digit may be used twice, there are 10 × 9 × 8 × 7 = 5,040, because each stage has one fewer choice than the one before.

## Permutations: when order matters

The number of ways to arrange n different objects in a row is n! (read "n factorial"):

n! = n × (n − 1) × (n − 2) × … × 2 × 1.

Five different books can be lined up on a shelf in 5! = 5 × 4 × 3 × 2 × 1 = 120 ways. By convention, 0! = 1.

Often we only arrange some of the objects. The number of ordered selections of k objects from n is written P(n, k):

P(n, k) = n! ÷ (n − k)! = n × (n − 1) × … × (n − k + 1).

**Example.** Eight runners finish a race. Gold, silver and bronze can be awarded in P(8, 3) = 8 × 7 × 6 = 336 ways.

## Combinations: when order does not matter

Now suppose we choose a committee of 3 people from the same 8, with no special roles. Every committee of 3 people shows up 3! = 6 times in the list of 336 ordered podiums (once for each way of ordering those same three people). So the number of committees is 336 ÷ 6 = 56.

In general, the number of ways to choose k objects from n, ignoring order, is written C(n, k) and read "n choose k":

C(n, k) = n! ÷ (k! × (n − k)!).

A handy fact: C(n, k) = C(n, n − k). Choosing 3 people to be on a committee is the same as choosing the 5 people to leave off it, so C(8, 3) = C(8, 5) = 56.

## Choosing the right tool

Ask two questions. Would swapping the order of the chosen items give a *different* result? Can the same item be chosen more than once?

| Situation | Order matters? | Repeats allowed? | Number of ways |
|---|---|---|---|
| PIN code, licence plate | Yes | Yes | nᵏ |
| Race podium, seating plan | Yes | No | n! ÷ (n − k)! |
| Committee, lottery ticket | No | No | n! ÷ (k! × (n − k)!) |

## Worked examples

**A lottery.** A ticket is a choice of 6 numbers from 1 to 49, and the order of the numbers does not matter. The number of possible tickets is C(49, 6) = 13,983,816. If the winning numbers are drawn at random, a single ticket wins with probability 1/13,983,816, roughly 1 in 14 million.

**A committee with two groups.** A team has 5 women and 4 men, and 3 people are picked at random. What is the probability that exactly 2 of them are women?

- Total number of possible groups: C(9, 3) = 84.
- Favourable groups: choose 2 of the 5 women and 1 of the 4 men, so C(5, 2) × C(4, 1) = 10 × 4 = 40.
- Probability: 40/84 = 10/21 ≈ 0.476.

Notice how the multiplication principle combines two separate combination counts.

**A hand of cards.** Five cards are dealt from a shuffled deck. There are C(52, 5) = 2,598,960 possible hands. The number of hands made up only of hearts is C(13, 5) = 1,287, so P(all hearts) = 1,287/2,598,960 ≈ 0.000495, about 1 in 2,000.

**The birthday problem.** In a group of 23 people, how likely is it that at least two share a birthday? Ignore leap years and assume all 365 days are equally likely. It is easier to count the complement, "all birthdays differ". Ordered lists of 23 birthdays number 365²³, and lists with no repeats number 365 × 364 × … × 343. Their ratio is about 0.493, so P(at least one shared birthday) ≈ 1 − 0.493 = 0.507. Most people guess far lower, which shows why careful counting beats intuition.

## Check yourself

1. How many 3-letter codes can be made from the 26 letters A to Z if letters may repeat?
2. A pizza place offers 6 toppings. How many different pizzas with exactly 2 different toppings are possible?
3. A club of 10 people elects a president and a treasurer, who must be different people. How many outcomes are possible?

**Answers:** (1) Order matters and repeats are allowed, so 26³ = 17,576. (2) Order does not matter, so C(6, 2) = 15. (3) Order matters because the roles differ, so P(10, 2) = 10 × 9 = 90.
`,
};
