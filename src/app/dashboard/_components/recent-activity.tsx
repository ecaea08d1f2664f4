import Link from "next/link";
import { Card } from "@/components/ui/card";
import { LocalTime, type KnownViewer } from "@/features/attempts/components/local-time";
import type { Activity } from "@/features/analytics/db-learner";

const KIND_LABELS: Record<Activity["kind"], string> = { practice: "Practice", review: "Review", test: "Test", lesson: "Lesson" };

export function RecentActivity({ items, viewer }: { items: Activity[]; viewer?: KnownViewer }) {
  return (
    <section aria-labelledby="recent-activity" className="flex flex-col gap-3">
      <h2 id="recent-activity" className="text-xl font-semibold">
        Recent activity
      </h2>
      <Card>
        {items.length === 0 ? (
          <p className="text-sm">Nothing yet — your practice, reviews, tests and lessons will show here.</p>
        ) : (
          <ul className="flex flex-col divide-y divide-border text-sm">
            {items.map((item) => (
              <li key={`${item.kind}-${item.at}-${item.title}`} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2 first:pt-0 last:pb-0">
                <span className="w-20 font-medium text-muted-fg">{KIND_LABELS[item.kind]}</span>
                {item.href ? (
                  <Link href={item.href} className="font-medium text-primary hover:underline">
                    {item.title}
                  </Link>
                ) : (
                  <span className="font-medium">{item.title}</span>
                )}
                <span>{item.detail}</span>
                <span className="ml-auto text-muted-fg">
                  <LocalTime date={new Date(item.at)} relative viewer={viewer} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </section>
  );
}
