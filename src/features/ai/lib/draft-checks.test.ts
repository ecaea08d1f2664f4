import { describe, expect, it } from "vitest";
import { checkDraft, type GeneratedDraft } from "./draft-checks";

const passages = new Map([
  ["P1", "Bayes’ rule: the posterior is the prior times the likelihood, divided by the evidence. In the worked example 12 of 200 bulbs — 6% — were defective; the plant makes 1,200 bulbs a day."],
  ["P2", "The mean is the sum of the values divided by their count; the median is the middle value. Defect rates are rated monthly."],
]);

const option = (text: string, correct = false) => ({ text, correct, feedback: "" });

const singleChoice: GeneratedDraft = {
  type: "single_choice",
  stem: "In Bayes' rule, what is multiplied by the prior to give the posterior, before dividing?",
  options: [option("The likelihood", true), option("The evidence"), option("The median")],
  trueFalseAnswer: null,
  numericAnswer: null,
  tolerance: null,
  acceptedAnswers: [],
  rubric: [],
  explanation: "The posterior is proportional to prior × likelihood.",
  topicSlug: null,
  difficulty: "easy",
  passageId: "P1",
  quote: "the posterior is the prior times the likelihood",
};

const draft = (changes: Partial<GeneratedDraft>): GeneratedDraft => ({ ...singleChoice, ...changes });
const codes = (changes: Partial<GeneratedDraft>) => checkDraft(draft(changes), passages).map((problem) => problem.code);
const messages = (changes: Partial<GeneratedDraft>) => checkDraft(draft(changes), passages).map((problem) => problem.message);

describe("checkDraft on sound drafts", () => {
  it.each<[string, Partial<GeneratedDraft>]>([
    ["single choice", {}],
    [
      "multiple choice answered partly by the quote and partly by the rest of the passage",
      {
        type: "multiple_choice",
        stem: "Which of these summarise the centre of a data set?",
        options: [option("Mean", true), option("Median", true), option("Evidence")],
        passageId: "P2",
        quote: "The mean is the sum of the values divided by their count",
      },
    ],
    ["a true statement", { type: "true_false", options: [], stem: "The posterior is the prior times the likelihood.", trueFalseAnswer: true }],
    ["a false statement", { type: "true_false", options: [], stem: "The posterior is the prior divided by the likelihood.", trueFalseAnswer: false }],
    ["a numeric answer", { type: "numeric", options: [], stem: "How many of the 200 bulbs were defective?", numericAnswer: 12, quote: "12 of 200 bulbs" }],
    ["a numeric answer written as a percentage", { type: "numeric", options: [], stem: "What share was defective?", numericAnswer: 0.06, quote: "6%" }],
    ["a numeric answer written with a thousands separator", { type: "numeric", options: [], stem: "Daily output?", numericAnswer: 1200, quote: "the plant makes 1,200 bulbs a day" }],
    ["a short-text answer", { type: "short_text", options: [], stem: "What is the middle value called?", acceptedAnswers: ["median", "the median"], passageId: "P2", quote: "the median is the middle value" }],
    ["an essay", { type: "essay", options: [], stem: "Explain Bayes' rule.", rubric: [{ criterion: "Names the parts", description: "", points: 2 }], quote: "divided by the evidence" }],
  ])("finds nothing wrong with %s", (_, changes) => {
    expect(checkDraft(draft(changes), passages)).toEqual([]);
  });
});

describe("checkDraft on the answer key", () => {
  it("names the options a single-choice draft marks correct when it marks several", () => {
    const options = [option("A1", true), option("B1"), option("C1", true)];
    expect(checkDraft(draft({ options, quote: "" }), passages)).toContainEqual({
      code: "SEVERAL_CORRECT_OPTIONS",
      message: 'A single-choice question needs exactly one correct option; this draft marks 2 ("A", "C").',
    });
  });

  it("needs one correct option, or at least one for multiple choice", () => {
    const options = [option("The likelihood"), option("The evidence")];
    expect(messages({ options })).toContain("A single-choice question needs exactly one correct option; this draft marks none.");
    expect(messages({ type: "multiple_choice", options })).toContain("A multiple-choice question needs at least one correct option; this draft marks none.");
    expect(codes({ type: "multiple_choice", options: [option("The likelihood", true), option("The evidence", true)] })).toEqual([]);
  });

  it("needs two options, without also complaining about the key of an empty list", () => {
    expect(messages({ options: [option("The likelihood", true)] })).toEqual(["A single-choice question needs at least two options; this draft has 1."]);
    expect(codes({ options: [] })).toEqual(["TOO_FEW_OPTIONS"]);
  });

  it("finds options that differ only in case, spacing, punctuation or accents", () => {
    const options = [option("The likelihood", true), option("Café au lait"), option("  cafe AU lait! "), option("CAFE, au-lait")];
    expect(checkDraft(draft({ options }), passages)).toEqual([{ code: "DUPLICATE_OPTIONS", message: 'Options B, C and D say the same thing ("Café au lait").' }]);
  });

  it("keeps options apart that differ in sign or operator", () => {
    const options = [option("x + 1", true), option("x − 1"), option("-1"), option("1")];
    expect(codes({ options, stem: "Solve it.", quote: "" })).not.toContain("DUPLICATE_OPTIONS");
  });

  it.each<[GeneratedDraft["type"], Partial<GeneratedDraft>, string]>([
    ["numeric", { numericAnswer: null }, "A numeric question needs its answer; this draft gives none."],
    ["true_false", { trueFalseAnswer: null }, "A true/false question needs to say whether the statement is true or false; this draft does not."],
    ["short_text", { acceptedAnswers: [" "] }, "A short-text question needs at least one accepted answer; this draft has none."],
    ["essay", { rubric: [] }, "An essay question needs at least one rubric criterion; this draft has none."],
  ])("reports a %s draft without its answer", (type, changes, message) => {
    expect(checkDraft(draft({ type, options: [], ...changes }), passages)).toEqual([{ code: "MISSING_ANSWER", message }]);
  });
});

describe("checkDraft on giveaway stems", () => {
  it("reports a stem that contains the correct option as whole words", () => {
    expect(checkDraft(draft({ stem: "Is it the LIKELIHOOD that is multiplied by the prior?" }), passages)).toEqual([
      { code: "ANSWER_IN_STEM", message: 'The stem gives the answer away: it contains the correct option "The likelihood".' },
    ]);
  });

  it("ignores the answer inside a longer word, short answers and answers of only filler words", () => {
    expect(codes({ stem: "What multiplies the prior? (Hint: not the likelihoods ratio.)" })).not.toContain("ANSWER_IN_STEM");
    const yesNo = [option("Yes", true), option("No")];
    expect(codes({ stem: "Yes or no: is the posterior the prior times the likelihood?", options: yesNo })).not.toContain("ANSWER_IN_STEM");
    expect(codes({ stem: "Is None of the above a fair option here?", options: [option("None of the above", true), option("The evidence")] })).not.toContain("ANSWER_IN_STEM");
    const twelve = [option("12", true), option("15")];
    expect(codes({ stem: "Of 200 bulbs 12 failed. How many failed?", options: twelve, quote: "12 of 200 bulbs" })).toEqual([]);
  });

  it("does not count a comparison that names a wrong option too", () => {
    const options = [option("the prior", true), option("the evidence")];
    expect(codes({ stem: "Which comes first, the prior or the evidence?", options, quote: "" })).not.toContain("ANSWER_IN_STEM");
  });

  it("reports a short-text stem that contains an accepted answer", () => {
    const shortText = { type: "short_text" as const, options: [], acceptedAnswers: ["median", "middle value"], passageId: "P2", quote: "the median is the middle value" };
    expect(messages({ ...shortText, stem: "The median is which value of a sorted list?" })).toEqual(['The stem gives the answer away: it contains the accepted answer "median".']);
  });
});

describe("checkDraft on citations", () => {
  it("reports a passage id it was not given, and checks nothing else against it", () => {
    expect(checkDraft(draft({ passageId: "P9" }), passages)).toEqual([
      { code: "UNKNOWN_PASSAGE", message: 'The draft cites passage "P9", which is not one of the passages it was given.' },
    ]);
  });

  it("accepts a quote that differs only in case, spacing, quote marks, dashes, emphasis or end punctuation", () => {
    for (const quote of ["BAYES' RULE:   the *posterior*", '"12 of 200 bulbs - 6% - were defective."', "Bayes’ rule: the posterior is the prior times the likelihood."]) {
      expect(codes({ quote })).toEqual([]);
    }
  });

  it("lets an ellipsis join verbatim fragments in order", () => {
    expect(codes({ quote: "the posterior is … divided by the evidence" })).toEqual([]);
    expect(codes({ quote: "...the prior times the likelihood..." })).toEqual([]);
    expect(codes({ quote: "divided by the evidence ... the posterior is the prior" })).toContain("QUOTE_NOT_IN_PASSAGE");
  });

  it("reports a paraphrase or an empty quote", () => {
    expect(messages({ quote: "posterior equals prior times likelihood" })).toEqual(['The quote "posterior equals prior times likelihood" does not appear in passage "P1".']);
    expect(messages({ quote: "  " })).toEqual(['The draft quotes nothing from passage "P1".']);
  });

  it("reports a correct option that neither the quote nor the passage mentions", () => {
    const options = [option("The standard deviation", true), option("The evidence")];
    expect(checkDraft(draft({ options }), passages)).toEqual([
      { code: "CITATION_DOES_NOT_SUPPORT_ANSWER", message: 'Neither the quote nor passage "P1" mentions the correct option "The standard deviation".' },
    ]);
  });

  it("matches answer words to the citation despite plural and -ed/-ing endings", () => {
    const options = [option("Rating of defects", true), option("Evidence")];
    expect(codes({ options, passageId: "P2", quote: "Defect rates are rated monthly" })).toEqual([]);
  });

  it("wants at least half of a long answer's words in the citation", () => {
    expect(codes({ options: [option("Prior likelihood variance", true), option("Evidence")] })).toEqual([]);
    expect(codes({ options: [option("Prior variance skewness", true), option("Evidence")] })).toEqual(["CITATION_DOES_NOT_SUPPORT_ANSWER"]);
  });

  it("reports a numeric answer that the citation never states, allowing the draft's tolerance", () => {
    const numeric = { type: "numeric" as const, options: [], stem: "How many were defective?", quote: "12 of 200 bulbs" };
    expect(messages({ ...numeric, numericAnswer: 13 })).toEqual(['Neither the quote nor passage "P1" mentions the answer 13.']);
    expect(codes({ ...numeric, numericAnswer: 12.4, tolerance: 0.5 })).toEqual([]);
  });

  it("needs the quote of a false statement to be about the same thing", () => {
    const falseStatement = { type: "true_false" as const, options: [], stem: "The median is the largest value.", trueFalseAnswer: false };
    expect(codes({ ...falseStatement, passageId: "P2", quote: "the median is the middle value" })).toEqual([]);
    expect(messages({ ...falseStatement, passageId: "P2", quote: "The mean is the sum of the values" })).toEqual([
      "The statement is false, so the quote should show what is true instead, but it shares only 0 of the statement's 2 key words.",
    ]);
    expect(codes({ ...falseStatement, trueFalseAnswer: true, passageId: "P2", quote: "The mean is the sum of the values" })).toEqual([]);
  });

  it("is satisfied when any accepted short-text answer is mentioned, and lists them all when none is", () => {
    const shortText = { type: "short_text" as const, options: [], stem: "What is the middle value called?", passageId: "P2", quote: "the median is the middle value" };
    expect(codes({ ...shortText, acceptedAnswers: ["midpoint", "median"] })).toEqual([]);
    expect(messages({ ...shortText, acceptedAnswers: ["midpoint", "centre"] })).toEqual(['Neither the quote nor passage "P2" mentions any accepted answer: "midpoint", "centre".']);
  });

  it("does not check essays for support", () => {
    const essay = { type: "essay" as const, options: [], rubric: [{ criterion: "Discusses sampling bias", description: "", points: 3 }] };
    expect(codes({ ...essay, stem: "Discuss sampling bias in surveys.", quote: "divided by the evidence" })).toEqual([]);
  });
});
