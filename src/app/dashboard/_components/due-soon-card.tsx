import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LocalTime, type KnownViewer } from "@/features/attempts/components/local-time";
import type { DueSoonItem } from "@/features/classes/db-learner";

/** Assigned tests due in the next three days, or overdue but still open. */
export function DueSoonCard({ items, viewer }: { items: DueSoonItem[]; viewer?: KnownViewer }) {
  return (
    <section aria-labelledby="due-soon" className="flex flex-col gap-3">
      <h2 id="due-soon" className="text-xl font-semibold">
        Due soon
      </h2>
      {items.length === 0 ? (
        <Card className="flex flex-col items-start gap-2">
          <p>Nothing is due in the next three days.</p>
          <Link href="/classes" className="font-medium text-primary hover:underline">
            See your classes
          </Link>
        </Card>
      ) : (
        <Card>
          <ul className="flex flex-col divide-y divide-border">
            {items.map((item) => (
              <li key={item.assignmentId} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3 first:pt-0 last:pb-0">
                <div className="flex flex-col">
                  <Link href={item.inProgressAttemptId ? `/attempts/${item.inProgressAttemptId}` : `/classes/${item.classId}`} className="font-medium text-primary hover:underline">
                    {item.title}
                  </Link>
                  <span className="text-sm text-muted-fg">
                    {item.className} · due <LocalTime date={item.dueAt} relative viewer={viewer} />
                  </span>
                </div>
                <span className="ml-auto flex gap-2">
                  {item.status === "overdue" ? (
                    <Badge className="bg-muted text-danger">
                      <span aria-hidden="true">⚠&nbsp;</span>Overdue — still open
                    </Badge>
                  ) : null}
                  {item.inProgressAttemptId ? <Badge>In progress · resume</Badge> : null}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </section>
  );
}

