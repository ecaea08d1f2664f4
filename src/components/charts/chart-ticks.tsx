import type { TickRendererProps } from "@visx/axis";

// visx's default tick label is @visx/text's <Text>, which wraps every label in a nested <svg>
// and measures words in the DOM when wrapping; plain <text> is all a static chart needs.

/** A label under a bottom-axis tick (visx puts `y` one font size below the tick line). */
export function BottomTickLabel({ x, y, formattedValue }: TickRendererProps) {
  return (
    <text x={x} y={y} textAnchor="middle" className="fill-muted-fg">
      {formattedValue}
    </text>
  );
}

/** A label left of a left-axis tick, vertically centred on it. */
export function LeftTickLabel({ x, y, formattedValue }: TickRendererProps) {
  return (
    <text x={x} y={y} dy="0.32em" textAnchor="end" className="fill-muted-fg">
      {formattedValue}
    </text>
  );
}
