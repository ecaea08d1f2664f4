import Link from "next/link";
import type { AdminCourseRow } from "@/features/admin/db-catalog";

const HEAD = "px-3 py-2 font-semibold";
const NUMERIC_HEAD = "px-3 py-2 text-right font-semibold";
const CELL = "px-3 py-2";
const NUMERIC = "px-3 py-2 text-right tabular-nums";
const VISIBILITY = { public: "Public", unlisted: "Unlisted", private: "Private" } as const;

export function CoursesTable({ courses }: { courses: AdminCourseRow[] }) {
  return (
    <div tabIndex={0} className="overflow-x-auto rounded-lg border border-border focus-visible:outline-2 focus-visible:outline-primary">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Courses</caption>
        <thead className="bg-muted text-left">
          <tr>
            <th scope="col" className={HEAD}>Course</th>
            <th scope="col" className={HEAD}>Owner</th>
            <th scope="col" className={HEAD}>Visibility</th>
            <th scope="col" className={HEAD}>Status</th>
            <th scope="col" className={NUMERIC_HEAD}>Lessons</th>
            <th scope="col" className={NUMERIC_HEAD}>Questions</th>
            <th scope="col" className={NUMERIC_HEAD}>Enrolled</th>
            <th scope="col" className={NUMERIC_HEAD}>Classes</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {courses.map((course) => (
            <tr key={course.id}>
              <th scope="row" className={`${CELL} text-left font-medium`}>
                <Link href={`/teach/courses/${course.id}`} className="hover:underline">
                  {course.title}
                </Link>
              </th>
              <td className={CELL}>{course.owner.name}</td>
              <td className={CELL}>{VISIBILITY[course.visibility]}</td>
              <td className={CELL}>{course.publishedAt ? "Published" : "Draft"}</td>
              <td className={NUMERIC}>{course.lessonCount}</td>
              <td className={NUMERIC}>{course.questionCount}</td>
              <td className={NUMERIC}>{course.enrolledCount}</td>
              <td className={NUMERIC}>{course.classCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
