import { Bar } from "@visx/shape";
import type { MasteryLevel } from "@/features/practice/lib/elo";

type BarBox = { x: number; y: number; width: number; height: number };

/**
 * The hatch that sets "familiar" apart from "proficient" (both use the primary colour).
 * One per chart, referenced by id.
 */
export function FamiliarHatch({ id }: { id: string }) {
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={6} height={6} className="fill-accent" />
      <line x1={1.5} y1={0} x2={1.5} y2={6} strokeWidth={3} className="stroke-primary" />
    </pattern>
  );
}

// Each level has its own fill, and the paler ones get an outline so the bar keeps a 3:1
// contrast with the card; the level is also written next to every bar.
const LEVEL_STYLE: Record<Exclude<MasteryLevel, "familiar">, { className: string; dashed?: boolean }> = {
  not_started: { className: "fill-muted stroke-muted-fg", dashed: true },
  attempted: { className: "fill-muted-fg" },
  proficient: { className: "fill-primary" },
  mastered: { className: "fill-success" },
};

/** One topic's bar, filled by its mastery level. */
export function MasteryBar({ level, hatchId, ...box }: BarBox & { level: MasteryLevel; hatchId: string }) {
  if (level === "familiar") return <Bar {...box} rx={2} fill={`url(#${hatchId})`} className="stroke-primary" />;
  const style = LEVEL_STYLE[level];
  return <Bar {...box} rx={2} className={style.className} strokeDasharray={style.dashed ? "4 3" : undefined} />;
}
