import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { selectGradebook } from "@/features/classes/db-gradebook";
import { GradebookTable } from "@/features/classes/components/gradebook-table";
import { orNotFound, requireTeacherPage } from "@/features/classes/components/teacher-page";

type Params = { params: Promise<{ classId: string }> };

export const metadata: Metadata = { title: "Gradebook" };

export default async function GradebookPage({ params }: Params) {
  const { classId } = await params;
  const user = await requireTeacherPage(`/teach/classes/${classId}/gradebook`, [classId]);
  const gradebook = await orNotFound(selectGradebook(user, classId));
  const waiting = gradebook.rows.reduce((sum, row) => sum + row.cells.filter((cell) => cell.pending).length, 0);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <nav aria-label="Breadcrumb" className="text-sm text-muted-fg">
          <Link href="/teach" className="hover:underline">
            Teach
          </Link>{" "}
          /{" "}
          <Link href={`/teach/classes/${gradebook.class.id}`} className="hover:underline">
            {gradebook.class.name}
          </Link>{" "}
          / Gradebook
        </nav>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-3xl font-bold tracking-tight">Gradebook</h1>
          <div className="flex flex-wrap gap-2">
            {waiting > 0 ? (
              <Link href={`/teach/grading?classId=${gradebook.class.id}`} className={buttonClasses("secondary")}>
                Grade waiting answers
              </Link>
            ) : null}
            {/* A plain link: the route answers with a CSV attachment. */}
            <a href={`/api/classes/${gradebook.class.id}/gradebook`} download className={buttonClasses("primary")}>
              Download CSV
            </a>
          </div>
        </div>
        <p className="text-sm text-muted-fg">
          Each test is graded with its own method (under its title). &ldquo;Awaiting grading&rdquo; means an essay still needs your mark, so the grade may change.
        </p>
      </header>
      <GradebookTable gradebook={gradebook} />
    </div>
  );
}
