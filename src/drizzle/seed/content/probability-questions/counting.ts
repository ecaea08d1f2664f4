import type { QuestionDraftInput } from "./index";

export const countingQuestions: QuestionDraftInput[] = [
  {
    topicSlugs: ["counting"],
    body: {
      type: "single_choice",
      stem: "A sandwich bar offers 4 kinds of bread, 5 fillings and 3 sauces. A sandwich uses exactly one bread, one filling and one sauce. How many different sandwiches are possible?",
      options: [
        { id: "a", text: "60", correct: true },
        {
          id: "b",
          text: "12",
          correct: false,
          feedback: "Adding the choices (4 + 5 + 3) counts the options, not the combinations. When a task happens in stages, multiply.",
        },
        {
          id: "c",
          text: "20",
          correct: false,
          feedback: "4 × 5 = 20 counts bread and filling only; each of those can be paired with any of the 3 sauces.",
        },
        {
          id: "d",
          text: "220",
          correct: false,
          feedback: "C(12, 3) = 220 would choose any 3 of the 12 items, ignoring that you need one of each kind.",
        },
      ],
      explanation: "By the multiplication principle there are 4 × 5 × 3 = 60 sandwiches: every bread can go with every filling, and every such pair with every sauce.",
    },
  },
  {
    topicSlugs: ["counting"],
    body: {
      type: "single_choice",
      stem: "Which of these situations is counted by a **combination** C(n, k), where order does not matter and nothing is chosen twice?",
      options: [
        { id: "a", text: "Choosing 3 toppings for a pizza from a menu of 8 toppings", correct: true },
        {
          id: "b",
          text: "Setting a 4-digit PIN using the digits 0 to 9",
          correct: false,
          feedback: "In a PIN the order matters (1234 ≠ 4321) and digits may repeat, so the count is 10⁴.",
        },
        {
          id: "c",
          text: "Awarding first, second and third prize among 12 entrants",
          correct: false,
          feedback: "The prizes are different, so swapping two winners gives a different result: this is a permutation, P(12, 3).",
        },
        {
          id: "d",
          text: "Seating 5 guests in a row of 5 chairs",
          correct: false,
          feedback: "This is an arrangement of all 5 guests, so order matters: 5! = 120.",
        },
      ],
      explanation:
        "A pizza with mushrooms, olives and peppers is the same pizza whichever topping is named first, and a topping is not picked twice, so the count is C(8, 3) = 56. The other situations either care about order or allow repeats.",
    },
  },
  {
    topicSlugs: ["counting"],
    body: {
      type: "multiple_choice",
      scoring: "partial",
      stem: "Select **every** expression that is equal to C(9, 3), the number of ways to choose 3 items from 9 when order does not matter.",
      options: [
        { id: "a", text: "C(9, 6)", correct: true },
        { id: "b", text: "9! ÷ (3! × 6!)", correct: true },
        { id: "c", text: "P(9, 3) ÷ 3!", correct: true },
        { id: "d", text: "84", correct: true },
        {
          id: "e",
          text: "9 × 8 × 7",
          correct: false,
          feedback: "9 × 8 × 7 = 504 is P(9, 3), the number of *ordered* selections. Each group of 3 appears 3! = 6 times in it.",
        },
        {
          id: "f",
          text: "9³",
          correct: false,
          feedback: "9³ = 729 counts ordered lists in which items may repeat.",
        },
      ],
      explanation:
        "C(9, 3) = 9! ÷ (3! × 6!) = (9 × 8 × 7) ÷ 6 = 504 ÷ 6 = 84. Dividing P(9, 3) by 3! removes the orderings, and C(9, 3) = C(9, 6) because choosing 3 to include is the same as choosing 6 to leave out.",
    },
  },
  {
    topicSlugs: ["counting"],
    body: {
      type: "numeric",
      stem: "A parking permit code is made of 2 letters (A to Z) followed by 3 digits (0 to 9), for example KT-405. Letters and digits may repeat. How many different codes are possible?",
      answer: 676_000,
      tolerance: 0,
      unit: "codes",
      explanation:
        "Order matters and repeats are allowed, so multiply the choices for each of the 5 positions: 26 × 26 × 10 × 10 × 10 = 676 × 1,000 = 676,000.",
    },
  },
  {
    topicSlugs: ["counting", "sample-spaces"],
    body: {
      type: "numeric",
      stem: "A box holds 6 red and 4 blue marbles. Three marbles are drawn at random without replacement. What is the probability that **exactly 2** of them are red? Give a decimal.",
      answer: 0.5,
      tolerance: 0.005,
      explanation:
        "There are C(10, 3) = 120 equally likely groups of 3. Groups with 2 red and 1 blue number C(6, 2) × C(4, 1) = 15 × 4 = 60, so the probability is 60/120 = 0.5.",
    },
  },
  {
    topicSlugs: ["counting"],
    body: {
      type: "short_text",
      stem: "An **ordered** selection of k objects from n different objects, with no object used twice, is called a ______. (One word.)",
      acceptedAnswers: ["permutation", "permutations", "a permutation", "arrangement", "an arrangement", "ordered arrangement"],
      explanation:
        "Ordered selections without repeats are permutations, counted by P(n, k) = n! ÷ (n − k)!. When order does not matter, the selection is a combination instead.",
    },
  },
];
