import type { DemoLesson } from "../types";

export const summarizingData: DemoLesson = {
  slug: "summarizing-data",
  title: "Describing Data: Centre, Spread and Shape",
  summary:
    "Summarise a data set with the mean, median, standard deviation, quartiles and the five-number summary, and spot skew and outliers.",
  estimatedMinutes: 18,
  topics: ["descriptive-statistics"],
  markdown: String.raw`Probability starts from a known model and asks what data it will produce. Statistics works in the other direction: it starts from data and tries to learn about the process that produced it. The first step is always to describe the data you have. In this lesson you will learn the standard numerical summaries and how to choose between them.

## Populations, samples, parameters and statistics

A **population** is the whole group you want to learn about, such as every adult in a country. A **sample** is the part of it you actually observe. A number describing the population is a **parameter**; a number calculated from a sample is a **statistic**. Statisticians use different symbols to keep them apart:

| Quantity | Population parameter | Sample statistic |
|---|---|---|
| Mean | μ | x̄ ("x-bar") |
| Standard deviation | σ | s |
| Proportion | p | p̂ ("p-hat") |

Usually the parameter is unknown, and the statistic is our best estimate of it.

## Measures of centre

Here are the commuting times, in minutes, of 10 employees, already sorted:

8, 12, 15, 15, 18, 20, 22, 25, 30, 85

- The **mean** is the sum divided by the count: x̄ = 250/10 = 25 minutes.
- The **median** is the middle value of the sorted list. With an even number of values, take the average of the two middle ones: (18 + 20)/2 = 19 minutes.
- The **mode** is the most common value: 15 minutes.

Why are the mean and median so different? One person commutes 85 minutes. That single large value pulls the mean upward, while the median barely notices it. We say the median is **resistant** to outliers and the mean is not. For skewed data such as incomes or house prices, the median is usually the better summary of a "typical" value.

## Measures of spread

The **range** is the largest value minus the smallest: 85 − 8 = 77. It is simple, but it depends entirely on the two most extreme values.

The **sample standard deviation** s measures the typical distance of the data from the mean. To compute it:

1. Find the mean x̄.
2. Subtract the mean from each value to get the deviations.
3. Square the deviations and add them up.
4. Divide by n − 1 to get the sample variance s².
5. Take the square root to get s.

**Worked example.** Take the small data set 4, 7, 8, 10, 11. The mean is 40/5 = 8.

| Value x | Deviation x − x̄ | Squared deviation |
|---|---|---|
| 4 | −4 | 16 |
| 7 | −1 | 1 |
| 8 | 0 | 0 |
| 10 | 2 | 4 |
| 11 | 3 | 9 |
| Total | 0 | 30 |

So s² = 30/(5 − 1) = 7.5 and s = √7.5 ≈ 2.74. The deviations always add up to 0, which is why we square them first.

Why divide by n − 1 rather than n? The deviations are measured from the sample mean, which sits in the middle of the sample by construction, so they tend to be slightly smaller than deviations from the true population mean. Dividing by n − 1 corrects for this on average.

## Quartiles and the five-number summary

The **quartiles** split sorted data into four parts. A simple method: Q1 is the median of the lower half of the data and Q3 is the median of the upper half. (Software packages use several slightly different conventions, so do not worry about small differences.)

For the commuting times, the lower half is 8, 12, 15, 15, 18, so Q1 = 15; the upper half is 20, 22, 25, 30, 85, so Q3 = 25. The **interquartile range** is IQR = Q3 − Q1 = 10, the spread of the middle half of the data.

The **five-number summary** is minimum, Q1, median, Q3, maximum: 8, 15, 19, 25, 85. A box plot draws exactly these five numbers.

A common rule flags a value as a possible **outlier** if it lies more than 1.5 × IQR beyond a quartile. Here 1.5 × 10 = 15, so anything above 25 + 15 = 40 or below 15 − 15 = 0 is flagged. The 85-minute commute is an outlier, which is worth investigating rather than automatically deleting.

## Shape

Summaries can hide important features, so always look at a graph such as a histogram or box plot too. Ask three questions about shape:

- Is it **symmetric**, or **skewed** with a long tail to the right or left? In right-skewed data the mean is usually larger than the median.
- Does it have one peak or several? Two peaks can mean two different groups are mixed together.
- Are there outliers or gaps?

## Check yourself

1. Find the mean and median of 2, 4, 4, 5, 10.
2. Which two summaries from this lesson are resistant to outliers?
3. Find the sample standard deviation of 3, 5, 7.

**Answers:** (1) The mean is 25/5 = 5 and the median is 4. (2) The median and the IQR. (3) The mean is 5 and the squared deviations are 4, 0 and 4, which add up to 8. So s² = 8/2 = 4 and s = 2.
`,
};
