import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { deleteLessonAction, deleteModuleAction, moveLessonAction, moveModuleAction } from "@/features/courses/actions-authoring";
import { ActionButton } from "./action-button";
import { ModuleForm } from "./module-form";

type OutlineModule = {
  id: string;
  title: string;
  summary: string;
  lessons: { id: string; title: string; publishedAt: Date | null; estimatedMinutes: number }[];
};

/** The course outline with reorder, rename, add and delete controls. */
export function OutlineEditor({ courseId, modules }: { courseId: string; modules: OutlineModule[] }) {
  return (
    <div className="flex flex-col gap-4">
      {modules.length === 0 ? <p className="text-muted-fg">No modules yet. Add the first one below.</p> : null}
      <ol className="flex flex-col gap-4">
        {modules.map((courseModule, moduleIndex) => (
          <li key={courseModule.id}>
            <Card className="flex flex-col gap-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <ModuleForm courseId={courseId} moduleId={courseModule.id} initial={courseModule} />
                <div className="flex gap-1">
                  <ActionButton action={moveModuleAction} fields={{ courseId, moduleId: courseModule.id, direction: "up" }} label="↑" ariaLabel={`Move module ${courseModule.title} up`} />
                  <ActionButton action={moveModuleAction} fields={{ courseId, moduleId: courseModule.id, direction: "down" }} label="↓" ariaLabel={`Move module ${courseModule.title} down`} />
                  <ActionButton
                    action={deleteModuleAction}
                    fields={{ courseId, moduleId: courseModule.id }}
                    label="Delete"
                    ariaLabel={`Delete module ${courseModule.title}`}
                    confirmMessage={`Delete the module "${courseModule.title}"?`}
                  />
                </div>
              </div>
              <ol className="flex flex-col divide-y divide-border">
                {courseModule.lessons.map((lesson, lessonIndex) => (
                  <li key={lesson.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span className="flex items-center gap-2">
                      <span className="text-sm text-muted-fg">
                        {moduleIndex + 1}.{lessonIndex + 1}
                      </span>
                      <Link href={`/teach/courses/${courseId}/lessons/${lesson.id}`} className="font-medium hover:underline">
                        {lesson.title}
                      </Link>
                      {lesson.publishedAt ? null : <Badge>Draft</Badge>}
                    </span>
                    <span className="flex gap-1">
                      <ActionButton action={moveLessonAction} fields={{ courseId, lessonId: lesson.id, direction: "up" }} label="↑" ariaLabel={`Move lesson ${lesson.title} up`} />
                      <ActionButton action={moveLessonAction} fields={{ courseId, lessonId: lesson.id, direction: "down" }} label="↓" ariaLabel={`Move lesson ${lesson.title} down`} />
                      <ActionButton
                        action={deleteLessonAction}
                        fields={{ courseId, lessonId: lesson.id }}
                        label="Delete"
                        ariaLabel={`Delete lesson ${lesson.title}`}
                        confirmMessage={`Delete the lesson "${lesson.title}"? Learners' progress on it is removed too.`}
                      />
                    </span>
                  </li>
                ))}
              </ol>
              <Link href={`/teach/courses/${courseId}/lessons/new?moduleId=${courseModule.id}`} className={buttonClasses("secondary", "self-start")}>
                Add a lesson to {courseModule.title}
              </Link>
            </Card>
          </li>
        ))}
      </ol>
      <Card className="flex flex-col gap-2">
        <h3 className="font-semibold">Add a module</h3>
        <ModuleForm courseId={courseId} />
      </Card>
    </div>
  );
}
