"use client";

import { useActionState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { USER_ROLES, type UserRole } from "@/drizzle/schema/enum-values";
import { changeUserRoleAction } from "../actions";

const ROLE_LABELS: Record<UserRole, string> = { learner: "Learner", teacher: "Teacher", admin: "Admin" };

/** Changes one user's role; the change applies from their next request. */
export function RoleForm({ userId, userName, role }: { userId: string; userName: string; role: UserRole }) {
  const [state, formAction, pending] = useActionState(changeUserRoleAction, null);
  const selectId = `role-${userId}`;
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={selectId} className="sr-only">
          Role of {userName}
        </label>
        <select id={selectId} name="role" defaultValue={role} className="min-h-8 rounded-md border border-border bg-bg px-2 text-sm">
          {USER_ROLES.map((option) => (
            <option key={option} value={option}>
              {ROLE_LABELS[option]}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} className={buttonClasses("secondary", "min-h-8 px-3 py-1 text-xs")} aria-label={`Change role of ${userName}`}>
          {pending ? "Changing…" : "Change role"}
        </button>
      </div>
      <FormError state={state} />
      {state?.ok ? (
        <p role="status" className="text-xs text-muted-fg">
          {state.data.changed ? `Now ${ROLE_LABELS[state.data.to as UserRole] ?? state.data.to}, from their next request.` : "That is already their role."}
        </p>
      ) : null}
    </form>
  );
}
