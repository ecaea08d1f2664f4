import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AI_OFF_MESSAGES } from "@/features/ai/messages";
import { OutlineEditor } from "@/features/course-outline/components/outline-editor";
import { getCurrentUser, hasRole } from "@/services/auth/current-user";
import { isAiConfigured } from "@/services/openai/config";

export const metadata: Metadata = { title: "Draft a course outline" };

export default async function NewCourseOutlinePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/teach/courses/new/outline");
  if (!hasRole(user, "teacher")) redirect("/dashboard");
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Draft a course outline with AI</h1>
      {isAiConfigured() ? (
        <>
          <p className="text-muted-fg">
            Describe the course and the AI drafts its topics, modules and lessons. You edit the outline before anything is created; the lessons start empty, for you to write.
          </p>
          <OutlineEditor />
          <p className="text-sm">
            <Link href="/teach/courses/new" className="text-primary underline">
              Start from a blank course instead
            </Link>
          </p>
        </>
      ) : (
        <p role="status">
          {AI_OFF_MESSAGES.course_outline}{" "}
          <Link href="/teach/courses/new" className="font-medium text-primary underline">
            Create a course by hand
          </Link>
        </p>
      )}
    </div>
  );
}
