import type { SecurityWorld, Tenant } from "../world/types";

/**
 * Who calls, relative to the target tenant T:
 * - anonymous: no session;
 * - outsider: a learner of T's world who is in no class and no course of T;
 * - otherLearner / otherTeacher: the learner and teacher of the other tenant;
 * - classmate: a learner of T's class who does not own T's personal objects;
 * - learner: T's learner, who owns T's attempts, cards, notifications, messages…;
 * - teacher: T's teacher, owner of T's course and class;
 * - admin.
 */
export const CALLERS = ["anonymous", "outsider", "otherLearner", "otherTeacher", "classmate", "learner", "teacher", "admin"] as const;
export type Caller = (typeof CALLERS)[number];

export type ActionSpec = {
  /** The action's file as the build's server reference manifest names it, e.g. "src/features/channels/actions.ts". */
  file: string;
  /** Its exported name, e.g. "postMessageAction". */
  name: string;
  /** The page the browser posts it from (any page works; the matrix uses it for realism). */
  page?: (target: Tenant) => string;
  /** The FormData fields, aimed at T's objects; `fresh` is unique per call (for names and texts). Never put a canary in them. */
  fields: (target: Tenant, world: SecurityWorld, fresh: string) => Record<string, string>;
  /** Callers for whom the call succeeds on T; the first is the positive control. */
  allowed: readonly Caller[];
  /** A change a second call cannot repeat (delete, submit, archive, join): only the first allowed caller calls, after every refusal. */
  once?: boolean;
  /** Order: phase 0 first; a later phase may close or delete what an earlier one needs. */
  phase?: 0 | 1 | 2 | 3;
  /** Why the allowed callers are not called (e.g. it would sign the caller out); refusals are still probed. */
  skipAllowed?: string;
  /** Success makes the caller a member of T (joining by code): T's shared canaries are theirs from then on. */
  grantsMembership?: boolean;
};

export type RouteSpec = {
  method: "GET" | "POST";
  /** The app path as the build's app-paths manifest names it, e.g. "/api/classes/[classId]/gradebook". */
  route: string;
  path: (target: Tenant, world: SecurityWorld) => string;
  body?: (target: Tenant, world: SecurityWorld) => { contentType: string; body: string | Uint8Array<ArrayBuffer> };
  allowed: readonly Caller[];
  /** Callers whose success status differs from 200 (e.g. 303 for a redirect). */
  okStatus?: number;
  once?: boolean;
  phase?: 0 | 1 | 2 | 3;
  skipAllowed?: string;
};

export type PageSpec = {
  /** The app path as the build's app-paths manifest names it, without "/page", e.g. "/classes/[classId]". */
  route: string;
  path: (target: Tenant, world: SecurityWorld) => string;
  /** Callers who get the page (200); everyone else is sent to sign in, or gets 404 or 403. */
  allowed: readonly Caller[];
  /** A redirect (Location) that counts as getting the page, e.g. /practice to a learner's only course. */
  okRedirect?: RegExp;
};
