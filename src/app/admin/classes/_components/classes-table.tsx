import Link from "next/link";
import type { AdminClassRow } from "@/features/admin/db-catalog";

const HEAD = "px-3 py-2 font-semibold";
const NUMERIC_HEAD = "px-3 py-2 text-right font-semibold";
const CELL = "px-3 py-2";
const NUMERIC = "px-3 py-2 text-right tabular-nums";

export function ClassesTable({ classes }: { classes: AdminClassRow[] }) {
  return (
    <div tabIndex={0} className="overflow-x-auto rounded-lg border border-border focus-visible:outline-2 focus-visible:outline-primary">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Classes</caption>
        <thead className="bg-muted text-left">
          <tr>
            <th scope="col" className={HEAD}>Class</th>
            <th scope="col" className={HEAD}>Teacher</th>
            <th scope="col" className={HEAD}>Course</th>
            <th scope="col" className={NUMERIC_HEAD}>Learners</th>
            <th scope="col" className={NUMERIC_HEAD}>Teachers</th>
            <th scope="col" className={HEAD}>Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {classes.map((taught) => (
            <tr key={taught.id}>
              <th scope="row" className={`${CELL} text-left font-medium`}>
                <Link href={`/teach/classes/${taught.id}`} className="hover:underline">
                  {taught.name}
                </Link>
              </th>
              <td className={CELL}>{taught.teacher.name}</td>
              <td className={CELL}>{taught.course.title}</td>
              <td className={NUMERIC}>{taught.learnerCount}</td>
              <td className={NUMERIC}>{taught.teacherCount}</td>
              <td className={CELL}>{taught.archived ? "Archived" : "Active"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
