import { describe, expect, it } from "vitest";
import { parseGift } from "@/features/questions/lib/gift/parse";
import type { ImportError } from "@/features/questions/lib/import-result";
import type { QuestionDraft } from "@/features/questions/schemas";

const questionsOf = (text: string): QuestionDraft[] => {
  const result = parseGift(text);
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result.questions;
};
const bodyOf = (text: string) => {
  const [first, ...rest] = questionsOf(text);
  if (!first || rest.length > 0) throw new Error("expected exactly one question");
  return first.body;
};
const errorsOf = (text: string): ImportError[] => {
  const result = parseGift(text);
  if (result.ok) throw new Error("expected errors");
  return result.errors;
};
const file = (...lines: string[]) => lines.join("\n");

describe("parseGift: question types", () => {
  it("reads = and ~ answers as single choice, with option feedback and general feedback", () => {
    expect(bodyOf("::Grant:: Who is buried in Grant's tomb?{=Grant ~no one#Look again. ~Napoleon ~Churchill ####He and his wife.}")).toEqual({
      type: "single_choice",
      stem: "Who is buried in Grant's tomb?",
      explanation: "He and his wife.",
      options: [
        { id: "a", text: "Grant", correct: true, feedback: "" },
        { id: "b", text: "no one", correct: false, feedback: "Look again." },
        { id: "c", text: "Napoleon", correct: false, feedback: "" },
        { id: "d", text: "Churchill", correct: false, feedback: "" },
      ],
    });
  });

  it("reads percent weights giving credit to several options as partial multiple choice", () => {
    const body = bodyOf(
      file(
        "What two people are entombed in Grant's tomb? {",
        "  ~%-100%No one",
        "  ~%50%Grant",
        "  ~%50%Grant's wife",
        "  ~%-100%Grant's father",
        "}",
      ),
    );
    expect(body).toMatchObject({ type: "multiple_choice", scoring: "partial" });
    expect(body.type === "multiple_choice" && body.options.map((option) => option.correct)).toEqual([false, true, true, false]);
  });

  it("reads one option worth less than 100% as multiple choice", () => {
    expect(bodyOf("Pick the prime. {~%50%2 ~4 ~6}")).toMatchObject({ type: "multiple_choice", options: [{ correct: true }, { correct: false }, { correct: false }] });
  });

  it("keeps a weighted question with one fully right option as single choice", () => {
    expect(bodyOf("Pick. {~%100%yes ~%-50%no ~maybe}")).toMatchObject({ type: "single_choice", options: [{ correct: true }, { correct: false }, { correct: false }] });
  });

  it.each([
    ["{T}", true],
    ["{TRUE}", true],
    ["{F}", false],
    ["{FALSE}", false],
    ["{false}", false],
  ])("reads %s as true/false", (block, correct) => {
    expect(bodyOf(`The sun is a star. ${block}`)).toEqual({ type: "true_false", stem: "The sun is a star.", explanation: "", correct });
  });

  it("reads true/false with answer feedback (dropped) and general feedback", () => {
    expect(bodyOf("Grant was buried in New York City. {TRUE#Not quite.#Right.####It is in Manhattan.}")).toEqual({
      type: "true_false",
      stem: "Grant was buried in New York City.",
      explanation: "It is in Manhattan.",
      correct: true,
    });
  });

  it.each([
    ["{#3.14159:0.0005}", 3.14159, 0.0005],
    ["{#2}", 2, 0],
    ["{#1..5}", 3, 2],
    ["{#-2.5..-0.5}", -1.5, 1],
    ["{#1822:5#Close enough.}", 1822, 5],
    ["{#=1822:0}", 1822, 0],
    ["{#=%100%6.02e23:1e21}", 6.02e23, 1e21],
  ])("reads %s as numeric", (block, answer, tolerance) => {
    expect(bodyOf(`How much? ${block}`)).toEqual({ type: "numeric", stem: "How much?", explanation: "", answer, tolerance, unit: "" });
  });

  it("reads only = answers as short text", () => {
    expect(bodyOf("Who is buried in Grant's tomb? {=Grant =Ulysses S. Grant =Ulysses Grant}")).toEqual({
      type: "short_text",
      stem: "Who is buried in Grant's tomb?",
      explanation: "",
      acceptedAnswers: ["Grant", "Ulysses S. Grant", "Ulysses Grant"],
    });
  });

  it("reads {} as an essay with the default rubric", () => {
    expect(bodyOf("Write a short biography of Dag Hammarskjöld. {####Mention the UN.}")).toEqual({
      type: "essay",
      stem: "Write a short biography of Dag Hammarskjöld.",
      explanation: "Mention the UN.",
      rubric: [{ criterion: "Quality of the answer", description: "", points: 1 }],
      maxLength: 5000,
    });
  });

  it("puts a blank in place of a missing-word answer block", () => {
    expect(bodyOf("Moodle costs {~lots of money =nothing ~a small amount} to download.")).toMatchObject({
      type: "single_choice",
      stem: "Moodle costs _____ to download.",
    });
    expect(bodyOf("The {=cat} sat on the mat.")).toMatchObject({ type: "short_text", stem: "The _____ sat on the mat.", acceptedAnswers: ["cat"] });
  });
});

describe("parseGift: file structure", () => {
  it("reads a realistic file: categories, comments, titles, multi-line questions", () => {
    const questions = questionsOf(
      file(
        "// Exported from Moodle for Year 9",
        "$CATEGORY: $course$/top/Arithmetic",
        "",
        "::Halves:: [plain]What is 1/2 as a decimal?",
        "{",
        "  // a comment inside a question is skipped",
        "  #0.5:0.001",
        "}",
        "",
        "",
        "::Colours::[markdown]Which of these are **primary** colours",
        "in paint?",
        "{",
        "  ~%50%Red#Yes",
        "  ~%50%Blue",
        "  ~%-100%Green#Mixed from blue and yellow",
        "  ####Red, blue and yellow.",
        "}",
        "",
      ),
    );
    expect(questions.map((question) => question.body.type)).toEqual(["numeric", "multiple_choice"]);
    expect(questions[1]?.body.stem).toBe("Which of these are **primary** colours\nin paint?");
    expect(questions[1]?.body.explanation).toBe("Red, blue and yellow.");
  });

  it("decodes escapes in stems, answers and feedback", () => {
    expect(bodyOf("What is 2 \\= 2\\? Use \\{braces\\}, \\~tildes\\~ and \\#hashes: a\\:b\\nnext line \\\\ done {=a\\=b#c\\#d ~x\\~y}")).toEqual({
      type: "single_choice",
      stem: "What is 2 = 2\\? Use {braces}, ~tildes~ and #hashes: a:b\nnext line \\ done",
      explanation: "",
      options: [
        { id: "a", text: "a=b", correct: true, feedback: "c#d" },
        { id: "b", text: "x~y", correct: false, feedback: "" },
      ],
    });
  });

  it("turns [html] into text", () => {
    expect(bodyOf("[html]<p>Is <b>2 &lt; 3</b>?</p><p>Think.</p>{T}")).toMatchObject({ stem: "Is 2 < 3?\nThink." });
    expect(bodyOf("[html]Pick one {=<i>this</i> ~that&amp;more}")).toMatchObject({ options: [{ text: "this" }, { text: "that&more" }] });
  });

  it("applies a // @learnforge line to the question after it", () => {
    const [first, second] = questionsOf(
      file(
        '// @learnforge {"topics":["measurement"],"unit":"cm"}',
        "// an ordinary comment may sit between",
        "How long is the pencil? {#12.5:0.5}",
        "",
        '// @learnforge {"optionIds":["yes","no"],"scoring":"all_or_nothing"}',
        "Pick. {~%100%Yes ~%-100%No}",
        "",
        '// @learnforge {"rubric":[{"criterion":"Clarity","points":2},{"criterion":"Evidence","description":"Cites a source","points":3}],"maxLength":800}',
        "Argue. {}",
      ),
    );
    expect(first).toEqual({
      body: { type: "numeric", stem: "How long is the pencil?", explanation: "", answer: 12.5, tolerance: 0.5, unit: "cm" },
      topicSlugs: ["measurement"],
    });
    expect(second?.body).toMatchObject({ type: "multiple_choice", scoring: "all_or_nothing", options: [{ id: "yes", correct: true }, { id: "no", correct: false }] });
    expect(questionsOf(file('// @learnforge {"maxLength":800}', "Argue. {}"))[0]?.body).toMatchObject({ maxLength: 800 });
  });

  it("returns no questions for an empty file or one with only comments", () => {
    expect(parseGift("")).toEqual({ ok: true, questions: [] });
    expect(parseGift("// nothing here\n\n$CATEGORY: x\n")).toEqual({ ok: true, questions: [] });
  });

  it("accepts Windows line endings and a byte-order mark", () => {
    expect(questionsOf("\uFEFFOne {T}\r\n\r\nTwo {F}\r\n")).toHaveLength(2);
  });
});

describe("parseGift: errors", () => {
  it("reports every error with its line and imports nothing", () => {
    const text = file(
      "Fine question {T}", // 1
      "", // 2
      "Which is prime? {", // 3
      "  =2", // 4
      "  =3", // 5
      "  ~4", // 6
      "}", // 7
      "", // 8
      "Never closed {=a ~b", // 9
      "", // 10
      "// @learnforge {not json", // 11
      "Q {T}", // 12
      "", // 13
      "No answer block here", // 14
    );
    expect(errorsOf(text)).toEqual([
      { line: 3, message: "A single-choice question needs exactly one correct option (it has 2)" },
      { line: 9, message: "This answer block is never closed with } (escape a literal brace as \\{)" },
      { line: 11, message: expect.stringMatching(/^The \/\/ @learnforge line is not valid JSON: /) },
      { line: 14, message: "This question has no answer block {…} (descriptions are not imported)" },
    ]);
  });

  it("points schema errors at the offending option", () => {
    const text = file("Intro line", "Pick {", "  =Same", "  ~same", "}");
    expect(errorsOf(text)).toEqual([{ line: 4, message: 'Option "same" appears twice' }]);
  });

  it("points at the second answer block when a blank line is missing", () => {
    expect(errorsOf(file("One {T}", "Two {F}"))).toEqual([{ line: 2, message: "A question has one answer block {…}: is a blank line missing before this question?" }]);
  });

  it.each([
    ["Match {=cat -> meow =dog -> woof =cow -> moo}", "Matching questions (pairs written with ->) are not supported"],
    ["Pi? {#=3.14:0.01 =%50%3:0.5}", "A numeric question with several answers or partial credit is not supported: give one answer with a tolerance, like {#3.14:0.01}"],
    ["Pi? {#=%50%3.14}", "A numeric answer with a weight of 50% is not supported: the one answer is worth full marks"],
    ["Pi? {#three}", '"three" is not a numeric answer; write it like {#3.14:0.01}, {#2} or {#1..5}'],
    ["Pi? {#5..1}", "The range 5..1 runs backwards; write the smaller number first"],
    ["Pi? {#a..b}", '"a..b" is not a numeric range; write it like {#1..5}'],
    ["Name? {=Grant =%50%Ulysses}", "Partial credit for a short answer (%50%) is not supported: every accepted answer is worth full marks"],
    ["Pick {=a ~%abc%b}", '"%abc%" is not a weight; write a percentage from -100 to 100, like %50%'],
    ["Pick {maybe =a ~b}", 'Answers start with "=" (right) or "~" (wrong); escape a literal one as \\= or \\~'],
    ["::Title without end Q {T}", "The title opened with :: is never closed (escape a literal colon as \\:)"],
    ["Pick {~a ~b}", "A single-choice question needs exactly one correct option (it has 0)"],
    ["Pick {=only}x{", "A question has one answer block {…}: is a blank line missing before this question?"],
    ["Pick {=a {~b}", "This answer block is never closed with } (escape a literal brace as \\{)"],
    ["{T}", "The question is required"],
  ])("rejects %j", (text, message) => {
    expect(errorsOf(text)).toEqual([{ line: 1, message }]);
  });

  it("reports errors in metadata lines at that line", () => {
    const text = file(
      "Fine {T}", // 1
      "", // 2
      '// @learnforge {"unit":"cm","topic":["x"]}', // 3
      "Q {T}", // 4
      "", // 5
      '// @learnforge {"topics":["Not A Slug"]}', // 6
      "Q2 {F}", // 7
      "", // 8
      '// @learnforge {"optionIds":["a"]}', // 9
      "Q3 {=a ~b}", // 10
      "", // 11
      '// @learnforge {"rubric":[{"criterion":"Depth","points":0}]}', // 12
      "Essay {}", // 13
    );
    expect(errorsOf(text)).toEqual([
      { line: 3, message: 'In // @learnforge: Unrecognized key: "topic"' },
      { line: 6, message: "Not a topic slug" },
      { line: 9, message: '"optionIds" in // @learnforge lists 1 ids for 2 options' },
      { line: 12, message: 'In // @learnforge "rubric[0].points": Rubric points must be above 0' },
    ]);
  });

  it("rejects metadata that does not fit the question's type", () => {
    expect(errorsOf(file('// @learnforge {"unit":"cm","scoring":"partial","maxLength":500}', "True? {T}"))).toEqual([
      { line: 1, message: '"unit" in // @learnforge applies only to numeric questions' },
      { line: 1, message: '"maxLength" in // @learnforge applies only to essays' },
      { line: 1, message: '"scoring" in // @learnforge applies only to multiple-choice questions' },
    ]);
  });

  it("rejects a metadata line that is not right before a question", () => {
    expect(errorsOf(file('// @learnforge {"topics":["a"]}', "", "Q {T}"))).toEqual([{ line: 1, message: "A // @learnforge line must come immediately before its question" }]);
    expect(errorsOf(file("Q {", '// @learnforge {"topics":["a"]}', "T}"))).toEqual([
      { line: 2, message: "A // @learnforge line must come before its question, not inside it" },
    ]);
  });
});
