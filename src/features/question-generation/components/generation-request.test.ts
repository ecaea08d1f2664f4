import { describe, expect, it } from "vitest";
import { generationRequestFromForm, refusalMessage } from "./generation-request";

const context = { courseId: "c1", lessonId: "l1", passageCount: 3 };

function form(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

describe("generationRequestFromForm", () => {
  it("sends chunkIds as null when every passage is checked", () => {
    const result = generationRequestFromForm(
      form([["count", "4"], ["types", "single_choice"], ["difficulty", "hard"], ["chunkIds", "a"], ["chunkIds", "b"], ["chunkIds", "c"], ["topicSlugs", "bayes"]]),
      context,
    );
    expect(result).toEqual({
      ok: true,
      body: { courseId: "c1", lessonId: "l1", chunkIds: null, count: 4, types: ["single_choice"], difficulty: "hard", topicSlugs: ["bayes"] },
    });
  });

  it("sends the chosen passages when some are unchecked", () => {
    const result = generationRequestFromForm(form([["count", "2"], ["types", "essay"], ["types", "numeric"], ["chunkIds", "b"]]), context);
    expect(result.ok && result.body).toMatchObject({ chunkIds: ["b"], types: ["essay", "numeric"], difficulty: "medium", topicSlugs: [] });
  });

  it("reports every problem at once: count out of range, no type, no passage", () => {
    const result = generationRequestFromForm(form([["count", "11"], ["types", "nonsense"]]), context);
    expect(result).toEqual({
      ok: false,
      errors: { count: "Enter a whole number from 1 to 10", types: "Choose at least one question type", chunkIds: "Choose at least one passage" },
    });
  });

  it("refuses an empty or fractional count", () => {
    expect(generationRequestFromForm(form([["count", ""], ["types", "essay"], ["chunkIds", "a"]]), context).ok).toBe(false);
    expect(generationRequestFromForm(form([["count", "2.5"], ["types", "essay"], ["chunkIds", "a"]]), context).ok).toBe(false);
  });
});

describe("refusalMessage", () => {
  it("shows the API's own message", async () => {
    const response = Response.json({ error: { code: "UNAVAILABLE", message: "AI question generation is off on this server." } }, { status: 503 });
    expect(await refusalMessage(response)).toBe("AI question generation is off on this server.");
  });

  it("falls back to a message by status when the body is not the API's JSON", async () => {
    expect(await refusalMessage(new Response("<html>Bad gateway</html>", { status: 502 }))).toBe("The server could not generate questions right now. Try again later.");
    expect(await refusalMessage(new Response("", { status: 429 }))).toBe("Too many requests. Try again in a minute.");
  });
});
