import { describe, expect, it } from "vitest";
import { describeChange, isActiveAdmin, isNoOpChange, removesActiveAdmin, type AccountState } from "./account-change";

const at = new Date("2030-01-01T00:00:00Z");
const admin: AccountState = { role: "admin", disabledAt: null, deletedAt: null };
const teacher: AccountState = { role: "teacher", disabledAt: null, deletedAt: null };

describe("account changes", () => {
  it("counts only enabled, undeleted admins as active", () => {
    expect(isActiveAdmin(admin)).toBe(true);
    expect(isActiveAdmin({ ...admin, disabledAt: at })).toBe(false);
    expect(isActiveAdmin({ ...admin, deletedAt: at })).toBe(false);
    expect(isActiveAdmin(teacher)).toBe(false);
  });

  it("knows a demotion or a disable removes an active admin, and nothing else does", () => {
    expect(removesActiveAdmin(admin, { kind: "role", role: "teacher" })).toBe(true);
    expect(removesActiveAdmin(admin, { kind: "disabled", disabled: true })).toBe(true);
    expect(removesActiveAdmin(admin, { kind: "role", role: "admin" })).toBe(false);
    expect(removesActiveAdmin(admin, { kind: "disabled", disabled: false })).toBe(false);
    expect(removesActiveAdmin(teacher, { kind: "role", role: "learner" })).toBe(false);
    expect(removesActiveAdmin({ ...admin, disabledAt: at }, { kind: "role", role: "learner" })).toBe(false);
  });

  it("spots a change that changes nothing", () => {
    expect(isNoOpChange(teacher, { kind: "role", role: "teacher" })).toBe(true);
    expect(isNoOpChange(teacher, { kind: "disabled", disabled: false })).toBe(true);
    expect(isNoOpChange({ ...teacher, disabledAt: at }, { kind: "disabled", disabled: true })).toBe(true);
    expect(isNoOpChange(teacher, { kind: "role", role: "admin" })).toBe(false);
  });

  it("describes the change from → to", () => {
    expect(describeChange(teacher, { kind: "role", role: "admin" })).toEqual({ from: "teacher", to: "admin" });
    expect(describeChange(teacher, { kind: "disabled", disabled: true })).toEqual({ from: "enabled", to: "disabled" });
  });
});
