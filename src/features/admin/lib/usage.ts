// Pure helpers for the AI usage report: filling quiet days, totals, money and the chart's sentence.

export type UsageTotals = {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  /** Estimated cost in millionths of a US dollar, as ai_usage stores it. */
  costMicros: number;
  failed: number;
  invalid: number;
};

export type UsageDay = UsageTotals & { day: string };

export const NO_USAGE: UsageTotals = { calls: 0, inputTokens: 0, outputTokens: 0, costMicros: 0, failed: 0, invalid: 0 };

/** One entry per day of `days`, in order; days without calls are zeros rather than gaps. */
export function fillUsageDays(days: readonly string[], rows: readonly UsageDay[]): UsageDay[] {
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return days.map((day) => byDay.get(day) ?? { day, ...NO_USAGE });
}

export function sumUsage(rows: readonly UsageTotals[]): UsageTotals {
  return rows.reduce<UsageTotals>(
    (total, row) => ({
      calls: total.calls + row.calls,
      inputTokens: total.inputTokens + row.inputTokens,
      outputTokens: total.outputTokens + row.outputTokens,
      costMicros: total.costMicros + row.costMicros,
      failed: total.failed + row.failed,
      invalid: total.invalid + row.invalid,
    }),
    { ...NO_USAGE },
  );
}

const MICROS_PER_DOLLAR = 1_000_000;

/** US dollars from micros: cents from a dollar up, four decimals below (AI calls cost fractions of a cent). */
export function formatUsd(micros: number): string {
  if (!Number.isFinite(micros) || micros <= 0) return "$0.00";
  const dollars = micros / MICROS_PER_DOLLAR;
  if (dollars < 0.0001) return "<$0.0001";
  const digits = dollars >= 1 ? 2 : 4;
  return `$${dollars.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

export function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}

/** The one-sentence description of the cost-by-day chart. */
export function usageByDaySummary(days: readonly UsageDay[]): string {
  if (days.length === 0) return "No days in the range.";
  const span = `from ${days[0]!.day} to ${days.at(-1)!.day} (UTC)`;
  const total = sumUsage(days);
  if (total.calls === 0) return `No AI calls ${span}.`;
  const busiest = days.reduce((best, day) => (day.costMicros > best.costMicros || (day.costMicros === best.costMicros && day.calls > best.calls) ? day : best));
  const calls = `${formatCount(total.calls)} AI call${total.calls === 1 ? "" : "s"}`;
  return `${calls} costing ${formatUsd(total.costMicros)} ${span}; the costliest day was ${busiest.day} with ${formatUsd(busiest.costMicros)} over ${formatCount(busiest.calls)} call${busiest.calls === 1 ? "" : "s"}.`;
}
