import { buttonClasses } from "@/components/ui/button";
import { smallButtonClasses } from "./editor-controls";

const classes = buttonClasses("secondary", smallButtonClasses);

/**
 * Move and remove buttons for one row of a list editor. Each reports where focus should go next
 * (the row's same button, or its other one at either end), since reordering the DOM drops focus.
 */
export function RowControls({
  idPrefix,
  name,
  index,
  count,
  minimum,
  onMove,
  onRemove,
}: {
  idPrefix: string;
  /** How a person names the row: "option 2". */
  name: string;
  index: number;
  count: number;
  minimum: number;
  onMove?: (by: -1 | 1, focusId: string) => void;
  onRemove: () => void;
}) {
  return (
    <span className="flex gap-1">
      {onMove ? (
        <>
          <button type="button" id={`${idPrefix}-up`} disabled={index === 0} onClick={() => onMove(-1, `${idPrefix}-${index === 1 ? "down" : "up"}`)} aria-label={`Move ${name} up`} className={classes}>
            ↑
          </button>
          <button type="button" id={`${idPrefix}-down`} disabled={index === count - 1} onClick={() => onMove(1, `${idPrefix}-${index === count - 2 ? "up" : "down"}`)} aria-label={`Move ${name} down`} className={classes}>
            ↓
          </button>
        </>
      ) : null}
      <button type="button" disabled={count <= minimum} onClick={onRemove} aria-label={`Remove ${name}`} className={classes}>
        Remove
      </button>
    </span>
  );
}
