import Link from "next/link";
import type { User } from "@/drizzle/schema";
import { signOutAction } from "@/features/users/actions";
import { ThemeSwitcher } from "@/features/preferences/components/theme-switcher";
import type { Theme } from "@/features/preferences/theme";
import { buttonClasses } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import type { UnreadCounts } from "@/features/notifications/lib/unread";
import { LiveUnreadProvider } from "./live-unread";
import { ClassesNavLink, NotificationsBellLink } from "./unread-links";

type NavItem = { href: string; label: string };

function navFor(user: User | null): NavItem[] {
  if (!user) {
    return [
      { href: "/courses", label: "Courses" },
      { href: "/search", label: "Search" },
    ];
  }
  const items: NavItem[] = [
    { href: "/dashboard", label: "Dashboard" },
    { href: "/practice", label: "Practice" },
    { href: "/review", label: "Review" },
    { href: "/courses", label: "Courses" },
    { href: "/search", label: "Search" },
    { href: "/classes", label: "Classes" },
  ];
  if (user.role !== "learner") items.push({ href: "/teach", label: "Teach" });
  if (user.role === "admin") items.push({ href: "/admin", label: "Admin" });
  return items;
}

const NAV_LINK = "rounded-md px-3 py-2 text-sm font-medium hover:bg-muted";
const NO_UNREAD: UnreadCounts = { notifications: 0, channelMessages: 0 };

/**
 * The app's header. For a signed-in user the unread badges (the bell, Classes) start from the
 * counts the layout loaded and stay live in the browser; `unread` is null when they could not
 * be loaded, and the badges then wait for their first poll.
 */
export function SiteHeader({ user, theme, degraded, unread = null }: { user: User | null; theme: Theme; degraded: boolean; unread?: UnreadCounts | null }) {
  const header = (
    <header className="border-b border-border bg-card">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-card focus:p-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Learn<span className="text-primary">Forge</span>
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1">
          {navFor(user).map((item) =>
            user && item.href === "/classes" ? (
              <ClassesNavLink key={item.href} className={NAV_LINK} />
            ) : (
              <Link key={item.href} href={item.href} className={NAV_LINK}>
                {item.label}
              </Link>
            ),
          )}
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-3">
          <ThemeSwitcher current={theme} />
          {user ? (
            <>
              <NotificationsBellLink />
              <span className="text-sm">
                {user.name} <Badge>{user.role}</Badge>
              </span>
              <form action={signOutAction}>
                <button type="submit" className={buttonClasses("secondary")}>
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <Link href="/sign-in" className={buttonClasses("primary")}>
              Sign in
            </Link>
          )}
        </div>
      </div>
      {degraded ? (
        <p role="status" className="bg-muted px-4 py-2 text-center text-sm text-danger">
          LearnForge is having trouble reaching its database. Some pages may not load; please try again shortly.
        </p>
      ) : null}
    </header>
  );
  return user ? <LiveUnreadProvider initial={unread ?? NO_UNREAD}>{header}</LiveUnreadProvider> : header;
}
