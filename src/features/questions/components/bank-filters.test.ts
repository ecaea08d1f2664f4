import { describe, expect, it } from "vitest";
import { bankHref, countByType, parseBankFilter } from "./bank-filters";

const courseId = "3f0c9b1e-1d2a-4c5b-9e8f-0a1b2c3d4e5f";

describe("parseBankFilter", () => {
  it("reads topic, type and archived from the query", () => {
    expect(parseBankFilter({ topic: "bayes-rule", type: "numeric", archived: "1" })).toEqual({ topic: "bayes-rule", type: "numeric", archived: true });
  });

  it("ignores values it does not understand instead of failing", () => {
    expect(parseBankFilter({ topic: "Not A Slug", type: "matching", archived: "yes" })).toEqual({ archived: false });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseBankFilter({ type: ["essay", "numeric"] })).toEqual({ type: "essay", archived: false });
  });
});

describe("bankHref", () => {
  it("round-trips a filter through the address", () => {
    const href = bankHref(courseId, { topic: "bayes-rule", type: "essay", archived: true });
    expect(href).toBe(`/teach/courses/${courseId}/questions?topic=bayes-rule&type=essay&archived=1`);
    const query = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseBankFilter(query)).toEqual({ topic: "bayes-rule", type: "essay", archived: true });
  });

  it("leaves out empty filters", () => {
    expect(bankHref(courseId, { archived: false })).toBe(`/teach/courses/${courseId}/questions`);
  });
});

describe("countByType", () => {
  it("counts every type, zero included", () => {
    expect(countByType([{ type: "essay" }, { type: "essay" }, { type: "numeric" }])).toEqual({
      single_choice: 0,
      multiple_choice: 0,
      true_false: 0,
      numeric: 1,
      short_text: 0,
      essay: 2,
    });
  });
});
