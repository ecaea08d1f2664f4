import { Badge } from "@/components/ui/badge";
import type { MasteryLevel } from "@/features/practice/lib/elo";
import { MASTERY_LABELS, MASTERY_SYMBOLS } from "./mastery-labels";

export { MASTERY_LABELS };

/** A level as symbol + word, so it never depends on colour; the symbol is decoration for screen readers. */
export function MasteryBadge({ level }: { level: MasteryLevel }) {
  return (
    <Badge className="gap-1 whitespace-nowrap">
      <span aria-hidden="true">{MASTERY_SYMBOLS[level]}</span>
      {MASTERY_LABELS[level]}
    </Badge>
  );
}
