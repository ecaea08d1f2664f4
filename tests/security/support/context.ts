import { readFileSync } from "node:fs";
import { inject } from "vitest";
import { createDevSessionToken } from "@/services/auth/dev-session-token";
import type { Caller } from "../matrix/types";
import type { SecurityWorld, Tenant, UserRef } from "../world/types";

// What every security test file needs: the server, the world, a session cookie per user, and
// the rule for which canaries a user may see.

export const SESSION_COOKIE = "lf_session";

export type SecurityContext = {
  base: string;
  world: SecurityWorld;
  reportDir: string;
  databaseUrl: string;
  cronSecret: string;
  stubUrl: string;
  cookieOf(user: UserRef | null): string | null;
  /** The user behind a caller, relative to the target tenant (null: anonymous). */
  userOf(caller: Caller, target: Tenant): UserRef | null;
  /** The canary strings `user` must never be shown. */
  forbiddenCanaries(user: UserRef | null): string[];
};

export function otherTenant(world: SecurityWorld, target: Tenant): Tenant {
  return target.key === "A" ? world.tenants.B : world.tenants.A;
}

/** "main": the production build as it ships; "noProxy": the same app built with its proxy matching no path. */
export function loadSecurityContext(variant: "main" | "noProxy" = "main"): SecurityContext {
  const worldFile = variant === "main" ? inject("securityWorldFile") : inject("securityNoProxyWorldFile");
  const world = JSON.parse(readFileSync(worldFile, "utf8")) as SecurityWorld;
  const secret = inject("securityAuthSecret");
  const cookies = new Map<string, string>();
  const cookieOf = (user: UserRef | null) => {
    if (!user) return null;
    let cookie = cookies.get(user.id);
    if (!cookie) {
      cookie = `${SESSION_COOKIE}=${createDevSessionToken(user.id, secret, 6 * 60 * 60)}`;
      cookies.set(user.id, cookie);
    }
    return cookie;
  };
  const userOf = (caller: Caller, target: Tenant): UserRef | null => {
    const other = otherTenant(world, target);
    switch (caller) {
      case "anonymous":
        return null;
      case "outsider":
        return target.outsider;
      case "otherLearner":
        return other.learner;
      case "otherTeacher":
        return other.teacher;
      case "classmate":
        return target.classmate;
      case "learner":
        return target.learner;
      case "teacher":
        return target.teacher;
      case "admin":
        return world.admin;
    }
  };
  const forbiddenCanaries = (user: UserRef | null) => {
    if (user?.id === world.admin.id) return [];
    const forbidden: string[] = [];
    for (const tenant of [world.tenants.A, world.tenants.B]) {
      const id = user?.id;
      const member = id === tenant.learner.id || id === tenant.classmate.id || id === tenant.teacher.id;
      const owner = id === tenant.learner.id || id === tenant.teacher.id;
      if (!member) forbidden.push(tenant.canaries.shared);
      if (!owner) forbidden.push(tenant.canaries.personal);
    }
    return forbidden;
  };
  return {
    base: variant === "main" ? inject("securityBaseUrl") : inject("securityNoProxyBaseUrl"),
    world,
    reportDir: inject("securityReportDir"),
    databaseUrl: variant === "main" ? inject("securityDatabaseUrl") : inject("securityNoProxyDatabaseUrl"),
    cronSecret: inject("securityCronSecret"),
    stubUrl: inject("securityStubUrl"),
    cookieOf,
    userOf,
    forbiddenCanaries,
  };
}

/**
 * The forbidden canaries found in a response (its body and its redirect target), verbatim or as
 * notification excerpts write them (Markdown punctuation, underscores included, stripped).
 */
export function leakedCanaries(forbidden: readonly string[], ...texts: (string | null | undefined)[]): string[] {
  const joined = texts.filter(Boolean).join("\n");
  return forbidden.filter((canary) => joined.includes(canary) || joined.includes(canary.replace(/_/g, "")));
}
