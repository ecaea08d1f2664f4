import { Badge } from "@/components/ui/badge";
import { AccountStatusButton } from "@/features/admin/components/account-status-button";
import { RoleForm } from "@/features/admin/components/role-form";
import type { AdminUserRow } from "@/features/admin/db";
import { LocalTime } from "@/features/classes/components/local-time";

const PROVIDER_LABELS = { clerk: "Clerk", dev: "Development" } as const;
const HEAD = "px-3 py-2 font-semibold";
const CELL = "px-3 py-2 align-top";

/** One row per user with the role form and the disable switch (neither offered on your own row). */
export function UsersTable({ users, currentAdminId, caption }: { users: AdminUserRow[]; currentAdminId: string; caption: string }) {
  return (
    <div tabIndex={0} className="overflow-x-auto rounded-lg border border-border focus-visible:outline-2 focus-visible:outline-primary">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-muted text-left">
          <tr>
            <th scope="col" className={HEAD}>Name</th>
            <th scope="col" className={HEAD}>Email</th>
            <th scope="col" className={HEAD}>Role</th>
            <th scope="col" className={HEAD}>Sign-in</th>
            <th scope="col" className={HEAD}>Created</th>
            <th scope="col" className={HEAD}>Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {users.map((user) => {
            const self = user.id === currentAdminId;
            return (
              <tr key={user.id}>
                <th scope="row" className={`${CELL} text-left font-medium`}>
                  {user.name}
                  {self ? <span className="ml-2 text-xs font-normal text-muted-fg">(you)</span> : null}
                  {user.isDemo ? <Badge className="ml-2">Demo</Badge> : null}
                </th>
                <td className={`${CELL} break-all`}>{user.email}</td>
                <td className={CELL}>
                  {self ? <span className="capitalize">{user.role}</span> : <RoleForm userId={user.id} userName={user.name} role={user.role} />}
                </td>
                <td className={CELL}>{PROVIDER_LABELS[user.authProvider]}</td>
                <td className={CELL}>
                  <LocalTime iso={user.createdAt.toISOString()} format="date" />
                </td>
                <td className={CELL}>
                  <div className="flex flex-col items-start gap-1">
                    <span>{user.disabledAt ? "Disabled" : "Active"}</span>
                    {self ? null : <AccountStatusButton userId={user.id} userName={user.name} disabled={user.disabledAt !== null} />}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
