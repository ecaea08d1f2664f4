import { EVERYONE, SIGNED_IN, slugFrom } from "./actions-inputs";
import type { ActionSpec } from "./types";

// Accounts, sign-in, preferences, notifications and the dashboard's read-next list.

const ADMIN = "src/features/admin/actions.ts";
const USERS = "src/features/users/actions.ts";
const PREFERENCES = "src/features/preferences/actions.ts";
const NOTIFICATIONS = "src/features/notifications/actions.ts";
const ANALYTICS = "src/features/analytics/actions.ts";

/** No read-next entry has this id: the world carries none of T's learner's entries. */
const NO_READ_NEXT_ID = "00000000-0000-4000-8000-000000000000";

export const ACCOUNT_ACTION_SPECS: readonly ActionSpec[] = [
  // Admin console: aimed at T's outsider with the value they already have, so the admin's call changes nothing.
  {
    file: ADMIN,
    name: "changeUserRoleAction",
    page: () => "/admin/users",
    fields: (t) => ({ userId: t.outsider.id, role: "learner" }),
    allowed: ["admin"],
  },
  {
    file: ADMIN,
    name: "setUserDisabledAction",
    page: () => "/admin/users",
    fields: (t) => ({ userId: t.outsider.id, disabled: "false" }),
    allowed: ["admin"],
  },

  // Development sign-in: public by design (Clerk is off in the suite).
  {
    file: USERS,
    name: "signInAsDemoUserAction",
    page: () => "/sign-in",
    // The world's admin is the seeded demo admin, the one demo user the world names. The new session
    // cookie in the answer is not kept by the suite, so the caller's own session is untouched; the
    // redirect goes to the public home page, whatever the new session may see.
    fields: (_t, world) => ({ userId: world.admin.id, next: "/" }),
    allowed: EVERYONE,
  },
  {
    file: USERS,
    name: "createLocalUserAction",
    page: () => "/sign-in",
    fields: (_t, _world, fresh) => ({ name: `Probe ${fresh}`, email: `${slugFrom("probe", fresh)}@security.test`, role: "learner", next: "/" }),
    allowed: EVERYONE,
    // Limited to ten accounts per address per ten minutes, and every caller posts from loopback: one call.
    once: true,
    phase: 1,
  },
  {
    file: USERS,
    name: "signOutAction",
    fields: () => ({}),
    allowed: EVERYONE,
    // endDevSession only deletes the cookie in the answer (the dev token is stateless), so a positive
    // control would be harmless in fact; skipped as the brief asks.
    skipAllowed: "signing out would end the caller's session",
    phase: 3,
  },

  // Theme cookie: no session needed.
  {
    file: PREFERENCES,
    name: "setThemeAction",
    fields: () => ({ theme: "system" }),
    allowed: EVERYONE,
  },

  // Notifications: one's own only (opening one is GET /notifications/[id]/open, a route).
  {
    file: NOTIFICATIONS,
    name: "markAllNotificationsReadAction",
    page: () => "/notifications",
    fields: () => ({}),
    allowed: SIGNED_IN,
  },

  // Read next (dashboard).
  {
    file: ANALYTICS,
    name: "dismissReadNextAction",
    page: () => "/dashboard",
    // the world has no read-next entry of T's learner; markReadNextDone ignores an id that is
    // not the caller's (no NOT_FOUND), so every signed-in caller "succeeds" and only anonymous is refused.
    fields: () => ({ readNextId: NO_READ_NEXT_ID }),
    allowed: SIGNED_IN,
  },
];
