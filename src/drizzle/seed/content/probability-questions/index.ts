import type { z } from "zod";
import type { questionDraftSchema } from "@/features/questions/schemas";
import { bayesTheoremQuestions } from "./bayes-theorem";
import { binomialDistributionQuestions } from "./binomial-distribution";
import { conditionalProbabilityQuestions } from "./conditional-probability";
import { confidenceIntervalsQuestions } from "./confidence-intervals";
import { countingQuestions } from "./counting";
import { descriptiveStatisticsQuestions } from "./descriptive-statistics";
import { expectationVarianceQuestions } from "./expectation-variance";
import { hypothesisTestingQuestions } from "./hypothesis-testing";
import { independenceQuestions } from "./independence";
import { normalDistributionQuestions } from "./normal-distribution";
import { randomVariablesQuestions } from "./random-variables";
import { sampleSpacesQuestions } from "./sample-spaces";
import { samplingDistributionsQuestions } from "./sampling-distributions";

/**
 * The demo question bank for the probability course, as plain data: one file per topic,
 * each question tagged with the course's topic slugs (the file's own topic first).
 * Drafts are validated with `questionDraftSchema` by the tests and by whoever loads them.
 */
export type QuestionDraftInput = z.input<typeof questionDraftSchema>;

/** Every question in the bank, in the course's topic order. */
export const probabilityQuestions: QuestionDraftInput[] = [
  ...sampleSpacesQuestions,
  ...countingQuestions,
  ...conditionalProbabilityQuestions,
  ...independenceQuestions,
  ...bayesTheoremQuestions,
  ...randomVariablesQuestions,
  ...expectationVarianceQuestions,
  ...binomialDistributionQuestions,
  ...normalDistributionQuestions,
  ...descriptiveStatisticsQuestions,
  ...samplingDistributionsQuestions,
  ...confidenceIntervalsQuestions,
  ...hypothesisTestingQuestions,
];
