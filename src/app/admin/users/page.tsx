import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { requireAdminPage } from "@/features/admin/components/admin-page";
import { selectUsersPage } from "@/features/admin/db";
import { decodeUserCursor } from "@/features/admin/lib/cursor";
import { USER_SEARCH_MAX, userListQuerySchema } from "@/features/admin/schemas";
import { AdminHeader } from "../_components/admin-nav";
import { UsersTable } from "./_components/users-table";

export const metadata: Metadata = { title: "Users and roles · Admin" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const admin = await requireAdminPage("/admin/users");
  const parsed = userListQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : { q: "", after: undefined };
  const after = decodeUserCursor(query.after);
  const { users, nextCursor } = await selectUsersPage(admin, { q: query.q, after });
  const searchParam = query.q ? `q=${encodeURIComponent(query.q)}` : "";
  const nextHref = nextCursor ? `/admin/users?${[searchParam, `after=${nextCursor}`].filter(Boolean).join("&")}` : null;
  const firstHref = `/admin/users${searchParam ? `?${searchParam}` : ""}`;

  return (
    <div className="flex flex-col gap-6">
      <AdminHeader
        title="Users and roles"
        current="/admin/users"
        intro="A new role or a disabled account takes effect on that person's very next request. You cannot change your own role or disable yourself, and the last active admin always stays."
      />
      <Form action="/admin/users" role="search" aria-label="Search users" className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor="user-search" className="text-sm font-medium">
            Name or email
          </label>
          <input
            id="user-search"
            name="q"
            type="search"
            defaultValue={query.q}
            maxLength={USER_SEARCH_MAX}
            aria-invalid={parsed.success ? undefined : true}
            aria-describedby={parsed.success ? undefined : "user-search-error"}
            className="min-h-10 w-full rounded-md border border-border bg-bg px-3 py-2 text-sm"
          />
        </div>
        <button type="submit" className={buttonClasses("primary")}>
          Search
        </button>
        {parsed.success ? null : (
          <p id="user-search-error" role="alert" className="w-full text-sm text-danger">
            {parsed.error.issues[0]?.message ?? "That search is not valid."} Showing everyone instead.
          </p>
        )}
      </Form>

      {users.length === 0 ? (
        <p className="text-muted-fg">{query.q ? `No user matches “${query.q}”.` : "No users yet."}</p>
      ) : (
        <UsersTable users={users} currentAdminId={admin.id} caption={query.q ? `Users matching “${query.q}”` : "Users"} />
      )}

      <nav aria-label="Pages of users" className="flex flex-wrap gap-2">
        {after ? (
          <Link href={firstHref} className={buttonClasses("secondary")}>
            First page
          </Link>
        ) : null}
        {nextHref ? (
          <Link href={nextHref} className={buttonClasses("secondary")}>
            Next page
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
