import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { CatalogueCourse } from "../db";

export function CourseCard({ course }: { course: CatalogueCourse }) {
  return (
    <Card className="flex h-full flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <Badge>{course.level}</Badge>
        {course.enrolled ? <Badge className="bg-muted text-success">Enrolled</Badge> : null}
      </div>
      <h2 className="text-lg font-semibold">
        <Link href={`/courses/${course.slug}`} className="hover:underline">
          {course.title}
        </Link>
      </h2>
      <p className="flex-1 text-sm text-muted-fg">{course.summary}</p>
      <p className="text-xs text-muted-fg">
        {course.lessonCount} lessons · by {course.ownerName}
      </p>
    </Card>
  );
}
