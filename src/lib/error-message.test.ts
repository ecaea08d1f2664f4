import { describe, expect, it } from "vitest";
import { errorMessageWithCauses } from "./error-message";

describe("errorMessageWithCauses", () => {
  it("follows the cause chain and keeps system error codes", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    const wrapped = new Error("Failed query: select 1\nparams: ", { cause: refused });
    expect(errorMessageWithCauses(wrapped)).toBe("Failed query: select 1 params: ← connect ECONNREFUSED 127.0.0.1:1");
  });
  it("adds a code missing from the message", () => {
    expect(errorMessageWithCauses(Object.assign(new Error("timeout"), { code: "ETIMEDOUT" }))).toBe("ETIMEDOUT timeout");
  });
  it("describes non-errors", () => {
    expect(errorMessageWithCauses("plain")).toBe("plain");
  });
});
