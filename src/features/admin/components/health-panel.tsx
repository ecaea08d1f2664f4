import { cn } from "@/lib/cn";
import type { HealthItem, HealthTone } from "../lib/health";

// The word carries the status; colour only repeats it.
const TONES: Record<HealthTone, { word: string; className: string }> = {
  ok: { word: "OK", className: "border border-success text-success" },
  warning: { word: "Warning", className: "bg-accent text-accent-fg" },
  error: { word: "Failing", className: "border border-danger text-danger" },
  info: { word: "Info", className: "bg-muted text-muted-fg" },
};

function ToneBadge({ tone }: { tone: HealthTone }) {
  return <span className={cn("inline-flex min-w-16 justify-center rounded-full px-2 py-0.5 text-xs font-semibold", TONES[tone].className)}>{TONES[tone].word}</span>;
}

/** The readiness checks as a status list: the overall answer first, then one line per check. */
export function HealthPanel({ overall, items }: { overall: { tone: HealthTone; text: string }; items: HealthItem[] }) {
  return (
    <div className="flex flex-col gap-3">
      <p className="flex flex-wrap items-center gap-2 font-medium" role="status">
        <ToneBadge tone={overall.tone} />
        {overall.text}
      </p>
      <dl className="divide-y divide-border rounded-lg border border-border">
        {items.map((item) => (
          <div key={item.label} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2 text-sm">
            <dt className="w-28 font-medium">{item.label}</dt>
            <dd className="flex flex-1 flex-wrap items-baseline gap-2">
              <ToneBadge tone={item.tone} />
              <span>{item.value}</span>
              {item.detail ? <span className="w-full text-xs text-muted-fg">{item.detail}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
