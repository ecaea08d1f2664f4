import { describe, expect, it } from "vitest";
import { parseGift } from "@/features/questions/lib/gift/parse";
import { escapeGift, serializeGift } from "@/features/questions/lib/gift/serialize";
import { questionDraftSchema, type QuestionDraft } from "@/features/questions/schemas";
import { ROUND_TRIP_DRAFTS, randomDrafts } from "@/features/questions/lib/draft-fixtures";

const roundTrip = (drafts: QuestionDraft[]) => parseGift(serializeGift(drafts));

describe("serializeGift", () => {
  it("writes each type the way Moodle documents it", () => {
    const drafts = [
      { body: { type: "true_false", stem: "The sun is a star.", correct: true, explanation: "A G-type star." } },
      { body: { type: "numeric", stem: "Pi to two places?", answer: 3.14, tolerance: 0.005 } },
      { body: { type: "numeric", stem: "Two plus two?", answer: 4 } },
      { body: { type: "essay", stem: "Discuss.", rubric: [{ criterion: "Quality of the answer", points: 1 }] } },
      {
        body: {
          type: "single_choice",
          stem: "Who is buried in Grant's tomb?",
          options: [
            { id: "a", text: "Grant", correct: true },
            { id: "b", text: "No one", correct: false, feedback: "Look again." },
          ],
        },
      },
    ].map((draft) => questionDraftSchema.parse(draft));
    expect(serializeGift(drafts)).toBe(
      [
        "[markdown]The sun is a star. {TRUE####A G-type star.}",
        "",
        "[markdown]Pi to two places? {#3.14:0.005}",
        "",
        "[markdown]Two plus two? {#4}",
        "",
        "[markdown]Discuss. {}",
        "",
        "[markdown]Who is buried in Grant's tomb? {",
        "  =Grant",
        "  ~No one#Look again.",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("gives multiple-choice options weights that share 100% and -100%", () => {
    const draft = questionDraftSchema.parse({
      body: {
        type: "multiple_choice",
        stem: "Which are prime?",
        options: ["2", "3", "5", "4", "6"].map((text, index) => ({ id: `o${index}`, text, correct: index < 3 })),
      },
      topicSlugs: ["primes"],
    });
    expect(serializeGift([draft])).toBe(
      [
        '// @learnforge {"topics":["primes"],"optionIds":["o0","o1","o2","o3","o4"],"scoring":"partial"}',
        "[markdown]Which are prime? {",
        "  ~%33.33333%2",
        "  ~%33.33333%3",
        "  ~%33.33333%5",
        "  ~%-50%4",
        "  ~%-50%6",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("escapes GIFT's special characters, backslashes and newlines", () => {
    expect(escapeGift("a~b=c#d{e}f:g\\h\ni")).toBe("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni");
  });

  it("writes nothing for no drafts", () => {
    expect(serializeGift([])).toBe("");
  });
});

describe("parseGift(serializeGift(drafts))", () => {
  it("gives back hand-written drafts of every type", () => {
    expect(roundTrip(ROUND_TRIP_DRAFTS)).toEqual({ ok: true, questions: ROUND_TRIP_DRAFTS });
  });

  it.each([1, 2, 3, 4, 5])("gives back 200 random drafts (seed %i)", (seed) => {
    const drafts = randomDrafts(seed, 200);
    expect(roundTrip(drafts)).toEqual({ ok: true, questions: drafts });
  });
});
