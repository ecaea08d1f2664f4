import type { Metadata } from "next";
import { AiCostChart } from "@/features/admin/components/ai-cost-chart";
import { requireAdminPage } from "@/features/admin/components/admin-page";
import { selectAiUsageByDay, selectAiUsageByFeature, selectAiUsageByUser, TOP_USERS_LIMIT } from "@/features/admin/db-ai";
import { utcDayOf } from "@/features/admin/lib/days";
import { formatCount, formatUsd, sumUsage } from "@/features/admin/lib/usage";
import { AI_RANGE_MAX_DAYS, parseAiUsageRange } from "@/features/admin/schemas";
import { AdminHeader } from "../_components/admin-nav";
import { RangeForm } from "./_components/range-form";
import { FeatureUsageTable, UserUsageTable } from "./_components/usage-tables";

export const metadata: Metadata = { title: "AI usage and cost · Admin" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminAiPage({ searchParams }: Props) {
  const admin = await requireAdminPage("/admin/ai");
  const { range, error } = parseAiUsageRange(await searchParams, utcDayOf(new Date()));
  const [days, features, users] = await Promise.all([
    selectAiUsageByDay(admin, range),
    selectAiUsageByFeature(admin, range),
    selectAiUsageByUser(admin, range),
  ]);
  const total = sumUsage(days);

  return (
    <div className="flex flex-col gap-8">
      <AdminHeader
        title="AI usage and cost"
        current="/admin/ai"
        intro={`Estimated from the configured per-token prices. Days are UTC days, both ends included; choose up to ${AI_RANGE_MAX_DAYS} days.`}
      />
      <RangeForm range={range} error={error} />

      <p className="text-lg">
        {range.from} to {range.to}: <strong>{formatCount(total.calls)} calls</strong>, {formatCount(total.inputTokens + total.outputTokens)} tokens,{" "}
        <strong>{formatUsd(total.costMicros)}</strong>
        {total.failed + total.invalid > 0 ? `; ${formatCount(total.failed)} failed and ${formatCount(total.invalid)} with invalid output` : ""}.
      </p>

      <section aria-labelledby="by-day-heading" className="flex flex-col gap-3">
        <h2 id="by-day-heading" className="text-xl font-semibold">
          By day
        </h2>
        <AiCostChart days={days} title="Estimated AI cost per day" note="US dollars, by UTC day" />
      </section>

      <section aria-labelledby="by-feature-heading" className="flex flex-col gap-3">
        <h2 id="by-feature-heading" className="text-xl font-semibold">
          By feature
        </h2>
        {features.length === 0 ? <p className="text-muted-fg">No AI calls in this range.</p> : <FeatureUsageTable rows={features} />}
      </section>

      <section aria-labelledby="by-user-heading" className="flex flex-col gap-3">
        <h2 id="by-user-heading" className="text-xl font-semibold">
          Top users
        </h2>
        <p className="text-sm text-muted-fg">The {TOP_USERS_LIMIT} users with the highest cost in the range.</p>
        {users.length === 0 ? <p className="text-muted-fg">No AI calls in this range.</p> : <UserUsageTable rows={users} />}
      </section>
    </div>
  );
}
