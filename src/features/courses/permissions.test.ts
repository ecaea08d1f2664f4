import { describe, expect, it } from "vitest";
import { canEditCourse } from "./permissions";

const course = { ownerId: "owner" };

describe("canEditCourse", () => {
  it("lets the owning teacher and any admin edit", () => {
    expect(canEditCourse({ id: "owner", role: "teacher" }, course)).toBe(true);
    expect(canEditCourse({ id: "someone", role: "admin" }, course)).toBe(true);
  });

  it("refuses other teachers and every learner, even one recorded as owner", () => {
    expect(canEditCourse({ id: "other", role: "teacher" }, course)).toBe(false);
    expect(canEditCourse({ id: "owner", role: "learner" }, course)).toBe(false);
  });
});
