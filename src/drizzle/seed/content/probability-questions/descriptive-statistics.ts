import type { QuestionDraftInput } from "./index";

export const descriptiveStatisticsQuestions: QuestionDraftInput[] = [
  {
    topicSlugs: ["descriptive-statistics"],
    body: {
      type: "single_choice",
      stem: "What is the median of this data set? 15, 3, 9, 12, 7, 4",
      options: [
        { id: "a", text: "8", correct: true },
        {
          id: "b",
          text: "10.5",
          correct: false,
          feedback: "That averages the two middle values of the list as written. Sort the data first: 3, 4, 7, 9, 12, 15.",
        },
        {
          id: "c",
          text: "About 8.33",
          correct: false,
          feedback: "50 ÷ 6 ≈ 8.33 is the mean, not the median.",
        },
        {
          id: "d",
          text: "12",
          correct: false,
          feedback: "15 − 3 = 12 is the range, which measures spread rather than centre.",
        },
      ],
      explanation:
        "Sorted, the data are 3, 4, 7, 9, 12, 15. With an even number of values, the median is the average of the two middle ones: (7 + 9) ÷ 2 = 8.",
    },
  },
  {
    topicSlugs: ["descriptive-statistics"],
    body: {
      type: "single_choice",
      stem: "The household incomes in a city are strongly **right-skewed**: most households earn moderate amounts, and a few earn very large amounts. Which statement is most likely to be true?",
      options: [
        { id: "a", text: "The mean income is larger than the median income.", correct: true },
        {
          id: "b",
          text: "The mean income is smaller than the median income.",
          correct: false,
          feedback: "That is typical of left-skewed data, where a tail of unusually small values drags the mean down.",
        },
        {
          id: "c",
          text: "The mean and the median are equal.",
          correct: false,
          feedback: "Mean and median coincide for symmetric distributions, not skewed ones.",
        },
        {
          id: "d",
          text: "The mode is the best summary of a typical income.",
          correct: false,
          feedback: "Incomes rarely repeat exactly, so the mode says little about a typical household. For skewed data the median is the usual choice.",
        },
      ],
      explanation:
        "The few very large incomes pull the mean upwards, while the median, which is resistant to extreme values, stays with the bulk of the data. That is why the median is usually reported for incomes.",
    },
  },
  {
    topicSlugs: ["descriptive-statistics"],
    body: {
      type: "multiple_choice",
      scoring: "all_or_nothing",
      stem: "A data set lists the prices of 40 houses sold in a village. One more sale is added: a mansion priced at ten times the next most expensive house. Which summaries are likely to change **a lot**? Select **every** one. (Full marks only for exactly the right set.)",
      options: [
        { id: "a", text: "The mean", correct: true },
        { id: "b", text: "The range", correct: true },
        { id: "c", text: "The standard deviation", correct: true },
        {
          id: "d",
          text: "The median",
          correct: false,
          feedback: "The median depends only on the middle of the sorted list, so adding one extreme value shifts it by just half a place in that list.",
        },
        {
          id: "e",
          text: "The interquartile range (IQR)",
          correct: false,
          feedback: "The IQR uses the quartiles, which sit inside the data and barely move when one extreme value is added.",
        },
      ],
      explanation:
        "The mean, the standard deviation and the range all use the actual size of the extreme value, so one huge price changes them a lot. The median and IQR are resistant: they depend on positions in the sorted data, not on how extreme the largest value is.",
    },
  },
  {
    topicSlugs: ["descriptive-statistics"],
    body: {
      type: "numeric",
      stem: "Find the **sample** standard deviation s of the data 2, 4, 6, 8, 10. Give your answer to two decimal places.",
      answer: 3.162,
      tolerance: 0.01,
      explanation:
        "The mean is 30 ÷ 5 = 6 and the squared deviations are 16, 4, 0, 4 and 16, which add up to 40. Dividing by n − 1 = 4 gives s² = 10, so s = √10 ≈ 3.16. (Dividing by n instead would give √8 ≈ 2.83.)",
    },
  },
  {
    topicSlugs: ["descriptive-statistics"],
    body: {
      type: "short_text",
      stem: "What is the name of the measure of spread Q3 − Q1, the spread of the middle half of the data? (The full name or its abbreviation.)",
      acceptedAnswers: ["interquartile range", "the interquartile range", "inter-quartile range", "inter quartile range", "IQR", "the IQR", "interquartile"],
      explanation:
        "Q3 − Q1 is the interquartile range (IQR). Because it ignores the lowest and highest quarters of the data, it is resistant to outliers.",
    },
  },
  {
    topicSlugs: ["descriptive-statistics"],
    body: {
      type: "true_false",
      stem: "A data set has first quartile Q1 = 20 and third quartile Q3 = 32. True or false: by the 1.5 × IQR rule, a value of 52 would be flagged as a possible outlier.",
      correct: true,
      explanation:
        "IQR = 32 − 20 = 12 and 1.5 × 12 = 18, so values above 32 + 18 = 50 (or below 20 − 18 = 2) are flagged. 52 is above 50, so it is flagged.",
    },
  },
];
