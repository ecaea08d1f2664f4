import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { selectClassForLearner } from "@/features/classes/db-learner";
import { AppError } from "@/lib/errors";
import { cn } from "@/lib/cn";
import { getCurrentUser } from "@/services/auth/current-user";
import { AssignmentCard } from "./_components/assignment-card";

type Params = { params: Promise<{ classId: string }> };

// One read per request, shared by the title and the page.
const loadClass = cache(async (classId: string) => {
  const user = await getCurrentUser();
  if (!user) return null;
  return selectClassForLearner(user, classId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = await loadClass((await params).classId);
  return { title: found?.class.name ?? "Class" };
}

export default async function ClassPage({ params }: Params) {
  const { classId } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/classes/${classId}`)}`);
  const found = await loadClass(classId);
  if (!found) notFound();
  const { class: klass, assignments } = found;
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted-fg">
        <Link href="/classes" className="hover:underline">
          Your classes
        </Link>{" "}
        / <span aria-current="page">{klass.name}</span>
      </nav>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">{klass.name}</h1>
        <p className="text-muted-fg">
          <Link href={`/courses/${klass.course.slug}`} className="text-primary hover:underline">
            {klass.course.title}
          </Link>{" "}
          · taught by {klass.teacherName}
        </p>
        {klass.archived ? <Badge className="self-start bg-muted text-muted-fg">Archived class</Badge> : null}
        <Link href={`/classes/${klass.id}/channels`} className={cn(buttonClasses("secondary"), "self-start")}>
          Class channels
        </Link>
      </header>
      <section aria-labelledby="assignments-heading" className="flex flex-col gap-4">
        <h2 id="assignments-heading" className="text-2xl font-semibold">
          Assigned tests
        </h2>
        {assignments.length === 0 ? (
          <Card>
            <p>Nothing is assigned in this class yet.</p>
          </Card>
        ) : (
          <ul className="flex flex-col gap-4">
            {assignments.map((assignment) => (
              <li key={assignment.id}>
                <AssignmentCard assignment={assignment} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
