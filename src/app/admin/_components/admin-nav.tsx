import Link from "next/link";
import { cn } from "@/lib/cn";

const SECTIONS = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/users", label: "Users and roles" },
  { href: "/admin/classes", label: "Classes and courses" },
  { href: "/admin/ai", label: "AI usage and cost" },
] as const;

export type AdminSection = (typeof SECTIONS)[number]["href"];

/** The console's sections; the current one is marked for assistive technology as well as visually. */
export function AdminNav({ current }: { current: AdminSection }) {
  return (
    <nav aria-label="Admin sections">
      <ul className="flex flex-wrap gap-2">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              aria-current={section.href === current ? "page" : undefined}
              className={cn(
                "inline-flex min-h-9 items-center rounded-md border border-border px-3 py-1 text-sm font-medium hover:bg-muted",
                section.href === current && "bg-accent text-accent-fg",
              )}
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The heading block every admin page starts with. */
export function AdminHeader({ title, current, intro }: { title: string; current: AdminSection; intro?: string }) {
  return (
    <header className="flex flex-col gap-3">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {intro ? <p className="text-muted-fg">{intro}</p> : null}
      <AdminNav current={current} />
    </header>
  );
}
