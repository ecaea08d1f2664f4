import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";

/** A titled section of the class analytics page with its CSV download; the heading labels the region. */
export function AnalyticsSection({ id, title, csvHref, csvLabel, intro, children }: { id: string; title: string; csvHref: string; csvLabel: string; intro?: ReactNode; children: ReactNode }) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={headingId} className="text-xl font-semibold">
          {title}
        </h2>
        {/* A plain link: the route answers with a CSV attachment. */}
        <a href={csvHref} download className={buttonClasses("secondary")}>
          Download CSV<span className="sr-only"> of the {csvLabel}</span>
        </a>
      </div>
      {intro ? <div className="text-sm text-muted-fg">{intro}</div> : null}
      {children}
    </section>
  );
}

/** What a section says when it has nothing to show. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-dashed border-border bg-card p-4 text-sm text-muted-fg">{children}</p>;
}
