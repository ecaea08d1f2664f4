import { describe, expect, it } from "vitest";
import { ResponseError } from "@/features/questions/lib/response-error";

describe("ResponseError", () => {
  it("is an Error that names itself in logs", () => {
    const error = new ResponseError("Choose one of the options");
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toBe("ResponseError: Choose one of the options");
  });
});
