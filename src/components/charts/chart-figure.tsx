import { useId, type ReactNode } from "react";

type ChartFigureProps = {
  title: string;
  /** Visible secondary line under the title. */
  note?: string;
  /** One sentence summarising the data, read as the SVG's description. */
  summary: string;
  width: number;
  height: number;
  /** The same data as a table, the text alternative to the picture. */
  table: ReactNode;
  children: ReactNode;
};

// Text inside the SVG is drawn at this size in viewBox units; the viewBoxes are ~560 wide,
// so labels stay at or above 12px while the chart is at least ~480px wide.
export const CHART_FONT_SIZE = 14;

/**
 * The accessible frame every chart shares: a captioned figure, an SVG exposed as one image
 * with a title and a summary, and the data as a table for anyone who cannot read the picture.
 * Server-rendered with no client hooks (useId works in Server Components).
 */
export function ChartFigure({ title, note, summary, width, height, table, children }: ChartFigureProps) {
  const id = useId();
  const captionId = `${id}caption`;
  const titleId = `${id}title`;
  const descId = `${id}desc`;
  return (
    <figure aria-labelledby={captionId} className="space-y-3">
      <figcaption>
        <span id={captionId} className="block text-sm font-semibold">
          {title}
        </span>
        {note ? <span className="block text-xs text-muted-fg">{note}</span> : null}
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        fontSize={CHART_FONT_SIZE}
        className="h-auto w-full max-w-2xl font-sans tabular-nums"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{summary}</desc>
        {children}
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-muted-fg">Show as a table</summary>
        <div className="mt-2 overflow-x-auto rounded-lg border border-border">{table}</div>
      </details>
    </figure>
  );
}
