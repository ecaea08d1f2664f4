import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkboxField, jsonField } from "./form-json";

describe("jsonField", () => {
  const schema = z.object({ payload: jsonField(z.object({ n: z.number() })) });

  it("parses and validates the JSON inside a form field", () => {
    expect(schema.parse({ payload: '{"n":3}' })).toEqual({ payload: { n: 3 } });
  });

  it("says so when the field is not JSON, or is the wrong shape", () => {
    expect(schema.safeParse({ payload: "{oops" }).error?.issues[0]?.message).toBe("The form data is not valid JSON");
    expect(schema.safeParse({ payload: '{"n":"3"}' }).error?.issues[0]?.path).toEqual(["payload", "n"]);
  });

  it("refuses an oversized payload before parsing it", () => {
    const small = z.object({ payload: jsonField(z.unknown(), 10) });
    expect(small.safeParse({ payload: JSON.stringify({ text: "x".repeat(50) }) }).error?.issues[0]?.message).toMatch(/too large/);
  });
});

describe("checkboxField", () => {
  it("is true only when the box was ticked", () => {
    expect(checkboxField.parse("on")).toBe(true);
    expect(checkboxField.parse(undefined)).toBe(false);
  });
});
