/**
 * A statistic, or "—" when it is undefined: the reason shows as a tooltip for the mouse and as
 * text for screen readers, since a bare dash says nothing.
 */
export function FigureValue({ value, note }: { value: string | null; note?: string }) {
  if (value !== null) return <>{value}</>;
  const reason = note ?? "Not enough data.";
  return (
    <span title={reason} className="cursor-help">
      <span aria-hidden="true">—</span>
      <span className="sr-only">Not available: {reason}</span>
    </span>
  );
}
