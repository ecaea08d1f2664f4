import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { requireAdminPage } from "@/features/admin/components/admin-page";
import { HealthPanel } from "@/features/admin/components/health-panel";
import { selectAdminOverview, selectMigrationStatus } from "@/features/admin/db";
import { healthItems, overallHealth } from "@/features/admin/lib/health";
import { formatCount, formatUsd } from "@/features/admin/lib/usage";
import { AdminHeader } from "./_components/admin-nav";
import { loadReadiness } from "./_components/readiness";

export const metadata: Metadata = { title: "Admin" };

function Stat({ title, href, linkLabel, lines }: { title: string; href: string; linkLabel: string; lines: string[] }) {
  return (
    <Card className="flex h-full flex-col gap-2">
      <h3 className="font-semibold">{title}</h3>
      <ul className="text-sm">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Link href={href} className="mt-auto text-sm font-medium text-primary hover:underline">
        {linkLabel}
      </Link>
    </Card>
  );
}

export default async function AdminPage() {
  const admin = await requireAdminPage("/admin");
  const [overview, migrations, readiness] = await Promise.all([selectAdminOverview(admin), selectMigrationStatus(admin), loadReadiness()]);
  const { usersByRole: roles } = overview;
  const disabled = roles.learner.disabled + roles.teacher.disabled + roles.admin.disabled;

  return (
    <div className="flex flex-col gap-10">
      <AdminHeader title="Admin" current="/admin" intro="Users and roles, classes and courses, AI usage and cost, and the system's health." />

      <section aria-labelledby="glance-heading" className="flex flex-col gap-4">
        <h2 id="glance-heading" className="text-xl font-semibold">
          At a glance
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <li>
            <Stat
              title="Users"
              href="/admin/users"
              linkLabel="Manage users and roles"
              lines={[
                `${formatCount(roles.learner.active)} learners · ${formatCount(roles.teacher.active)} teachers · ${formatCount(roles.admin.active)} admins`,
                `${formatCount(disabled)} disabled`,
                `${formatCount(overview.activeLastWeek)} active in the last 7 days`,
              ]}
            />
          </li>
          <li>
            <Stat
              title="Courses and classes"
              href="/admin/classes"
              linkLabel="See classes and courses"
              lines={[
                `${formatCount(overview.courses.published)} published courses · ${formatCount(overview.courses.draft)} drafts`,
                `${formatCount(overview.classes.active)} active classes · ${formatCount(overview.classes.archived)} archived`,
              ]}
            />
          </li>
          <li>
            <Stat
              title="AI usage"
              href="/admin/ai"
              linkLabel="See AI usage and cost"
              lines={[
                `Today: ${formatCount(overview.ai.today.calls)} calls, ${formatUsd(overview.ai.today.costMicros)}`,
                `Last 30 days: ${formatCount(overview.ai.last30Days.calls)} calls, ${formatUsd(overview.ai.last30Days.costMicros)}`,
              ]}
            />
          </li>
        </ul>
        <p className="text-xs text-muted-fg">
          Days are UTC days, today included. &ldquo;Active&rdquo; means enrolled, progressed in a course or used AI in the last 7 days.
        </p>
      </section>

      <section aria-labelledby="health-heading" className="flex max-w-3xl flex-col gap-4">
        <h2 id="health-heading" className="text-xl font-semibold">
          Health
        </h2>
        <p className="text-sm text-muted-fg">
          The same checks as the readiness probe, <code>/api/health</code>, run now.
        </p>
        {readiness ? (
          <HealthPanel overall={overallHealth(readiness)} items={healthItems(readiness, migrations)} />
        ) : (
          <p role="alert" className="text-danger">
            The readiness report could not be read; the server log has the details.
          </p>
        )}
      </section>
    </div>
  );
}
