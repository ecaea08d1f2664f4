import { describe, expect, it } from "vitest";
import { ROUND_TRIP_DRAFTS, randomDrafts } from "@/features/questions/lib/draft-fixtures";
import { parseQuestionsJson, serializeQuestionsJson } from "@/features/questions/lib/json-format";

const file = (...lines: string[]) => lines.join("\n");

describe("serializeQuestionsJson", () => {
  it("writes pretty JSON with its format and version", () => {
    const text = serializeQuestionsJson(ROUND_TRIP_DRAFTS.slice(5, 6));
    expect(text).toBe(
      file(
        "{",
        '  "format": "learnforge.questions",',
        '  "version": 1,',
        '  "questions": [',
        "    {",
        '      "body": {',
        '        "type": "true_false",',
        '        "stem": "T",',
        '        "explanation": "",',
        '        "correct": true',
        "      },",
        '      "topicSlugs": []',
        "    }",
        "  ]",
        "}",
        "",
      ),
    );
  });
});

describe("parseQuestionsJson", () => {
  it("gives back what was exported", () => {
    expect(parseQuestionsJson(serializeQuestionsJson(ROUND_TRIP_DRAFTS))).toEqual({ ok: true, questions: ROUND_TRIP_DRAFTS });
    const random = randomDrafts(42, 300);
    expect(parseQuestionsJson(serializeQuestionsJson(random))).toEqual({ ok: true, questions: random });
  });

  it("fills in schema defaults for hand-written files", () => {
    const text = '{"format":"learnforge.questions","version":1,"questions":[{"body":{"type":"numeric","stem":"2+2?","answer":4}}]}';
    expect(parseQuestionsJson(text)).toEqual({
      ok: true,
      questions: [{ body: { type: "numeric", stem: "2+2?", explanation: "", answer: 4, tolerance: 0, unit: "" }, topicSlugs: [] }],
    });
  });

  it("reports a syntax error with its line and column", () => {
    expect(parseQuestionsJson(file("{", '  "format": "learnforge.questions",', '  "version": 1,', '  "questions": [,]', "}"))).toEqual({
      ok: false,
      errors: [{ line: 4, message: 'Invalid JSON (column 17): expected a value, found ","' }],
    });
  });

  it("reports an unknown format or version on its line, without judging the questions", () => {
    const text = file("{", '  "format": "moodle.xml",', '  "version": 2,', '  "questions": [{}]', "}");
    expect(parseQuestionsJson(text)).toEqual({
      ok: false,
      errors: [
        { line: 2, message: 'Unknown format "moodle.xml": expected "learnforge.questions"' },
        { line: 3, message: "Unsupported version 2: this app reads version 1" },
      ],
    });
  });

  it("reports a missing format, version and question list at the top", () => {
    expect(parseQuestionsJson("\n{}")).toEqual({
      ok: false,
      errors: [
        { line: 2, message: 'Missing "format": "learnforge.questions"' },
        { line: 2, message: 'Missing "version": 1' },
        { line: 2, message: '"questions" must be a list of questions' },
      ],
    });
    expect(parseQuestionsJson("[]")).toMatchObject({ ok: false, errors: [{ line: 1, message: expect.stringMatching(/^Expected an object/) }] });
  });

  it("maps each schema error to the line of the offending value", () => {
    const text = file(
      "{", // 1
      '  "format": "learnforge.questions",', // 2
      '  "version": 1,', // 3
      '  "questions": [', // 4
      '    { "body": { "type": "true_false", "stem": "Fine", "correct": true } },', // 5
      "    {", // 6
      '      "body": {', // 7
      '        "type": "single_choice",', // 8
      '        "stem": "Pick",', // 9
      '        "options": [', // 10
      '          { "id": "a", "text": "One", "correct": true },', // 11
      '          { "id": "B", "text": "Two", "correct": true }', // 12
      "        ]", // 13
      "      },", // 14
      '      "topicSlugs": ["Not a slug"]', // 15
      "    },", // 16
      '    { "body": { "type": "essay", "rubric": [] } },', // 17
      '    { "body": { "type": "matching", "stem": "?" } }', // 18
      "  ]", // 19
      "}", // 20
    );
    expect(parseQuestionsJson(text)).toEqual({
      ok: false,
      errors: [
        { line: 10, message: "Question 2, body.options: A single-choice question needs exactly one correct option (it has 2)" },
        { line: 12, message: "Question 2, body.options[1].id: An option id is 1–12 lowercase letters or digits" },
        { line: 15, message: "Question 2, topicSlugs[0]: Not a topic slug" },
        { line: 17, message: "Question 3, body.stem: Invalid input: expected string, received undefined" },
        { line: 17, message: "Question 3, body.rubric: An essay needs at least one rubric criterion" },
        { line: 18, message: expect.stringMatching(/^Question 4, body\.type: Invalid discriminator value/) },
      ],
    });
  });
});
