import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { selectClassMembers } from "@/features/classes/db";
import { selectClassOverview } from "@/features/classes/db-teacher";
import { JoinCodePanel } from "@/features/classes/components/join-code-panel";
import { orNotFound, requireTeacherPage } from "@/features/classes/components/teacher-page";
import { AssignmentsList } from "./_components/assignments-list";
import { MembersList } from "./_components/members-list";

type Params = { params: Promise<{ classId: string }> };

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: Params) {
  const { classId } = await params;
  const user = await requireTeacherPage(`/teach/classes/${classId}`, [classId]);
  const [overview, members] = await orNotFound(Promise.all([selectClassOverview(user, classId), selectClassMembers(user, classId)]));
  const { class: taught, course, assignments } = overview;
  const waiting = assignments.reduce((sum, assignment) => sum + assignment.awaitingGradingCount, 0);

  return (
    <div className="flex flex-col gap-10">
      <header className="flex flex-col gap-3">
        <nav aria-label="Breadcrumb" className="text-sm text-muted-fg">
          <Link href="/teach" className="hover:underline">
            Teach
          </Link>{" "}
          / Class
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight">{taught.name}</h1>
          {taught.archived ? <Badge>Archived</Badge> : null}
        </div>
        <p className="text-muted-fg">Course: {course.title}</p>
        <nav aria-label="Class tools" className="flex flex-wrap gap-2">
          <Link href={`/classes/${taught.id}/channels`} className={buttonClasses("secondary")}>
            Channels
          </Link>
          <Link href={`/teach/classes/${taught.id}/analytics`} className={buttonClasses("secondary")}>
            Analytics
          </Link>
          <Link href={`/teach/classes/${taught.id}/gradebook`} className={buttonClasses("secondary")}>
            Gradebook
          </Link>
          <Link href={`/teach/grading?classId=${taught.id}`} className={buttonClasses(waiting > 0 ? "primary" : "secondary")}>
            Grading queue for this class&apos;s tests{waiting > 0 ? ` (${waiting} waiting from this class)` : ""}
          </Link>
          <Link href={`/teach/courses/${course.id}/tests`} className={buttonClasses("secondary")}>
            Course tests
          </Link>
        </nav>
      </header>

      <div className="grid gap-10 lg:grid-cols-[2fr_3fr]">
        <section aria-labelledby="join-heading" className="flex flex-col gap-4">
          <h2 id="join-heading" className="text-xl font-semibold">
            Join code
          </h2>
          <Card>
            <JoinCodePanel classId={taught.id} joinCode={taught.joinCode} />
          </Card>
        </section>
        <section aria-labelledby="assignments-heading" className="flex flex-col gap-4">
          <h2 id="assignments-heading" className="text-xl font-semibold">
            Assignments
          </h2>
          <AssignmentsList classId={taught.id} courseId={course.id} assignments={assignments} />
        </section>
      </div>

      <section aria-labelledby="members-heading" className="flex flex-col gap-4">
        <h2 id="members-heading" className="text-xl font-semibold">
          Members
        </h2>
        <MembersList classId={taught.id} classTitle={taught.name} ownerId={taught.teacherId} members={members} />
      </section>
    </div>
  );
}
