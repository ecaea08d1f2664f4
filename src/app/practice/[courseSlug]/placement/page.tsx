import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { orNotFound } from "@/features/classes/components/teacher-page";
import { selectPlacementView } from "@/features/practice/db-placement";
import { PracticeRunner } from "@/features/practice/components/practice-runner";
import { getCurrentUser } from "@/services/auth/current-user";

export const metadata: Metadata = { title: "Placement check" };

type Props = { params: Promise<{ courseSlug: string }> };

export default async function PlacementPage({ params }: Props) {
  const { courseSlug } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/practice/${courseSlug}/placement`)}`);
  const view = await orNotFound(selectPlacementView(user, courseSlug));
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm text-muted-fg">
          <Link href={`/practice/${view.course.slug}`} className="hover:underline">
            Practice · {view.course.title}
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">Placement check</h1>
        <p className="text-muted-fg">
          A short adaptive check across the whole course. It stops as soon as it knows where you stand — usually about a dozen questions — and
          tells you where to start. Guessing is fine; &ldquo;I don&apos;t know&rdquo; answers help it too.
        </p>
      </header>
      <PracticeRunner
        courseSlug={view.course.slug}
        mode="diagnostic"
        topicRequest="need"
        initial={view.state === "in_progress" ? view.open : null}
        initialResult={view.state === "finished" ? view.result : null}
      />
    </div>
  );
}
