import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { MasteryBadge } from "@/components/charts/mastery-badge";
import { orNotFound } from "@/features/classes/components/teacher-page";
import { selectPracticeSession } from "@/features/practice/db";
import { PracticeRunner } from "@/features/practice/components/practice-runner";
import { getCurrentUser } from "@/services/auth/current-user";
import { cn } from "@/lib/cn";
import { formatPercent } from "@/components/charts/chart-text";

export const metadata: Metadata = { title: "Practice" };

type Props = { params: Promise<{ courseSlug: string }>; searchParams: Promise<{ topic?: string }> };

export default async function CoursePracticePage({ params, searchParams }: Props) {
  const { courseSlug } = await params;
  const { topic: requested } = await searchParams;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/practice/${courseSlug}${requested ? `?topic=${requested}` : ""}`)}`);
  const session = await orNotFound(selectPracticeSession(user, courseSlug));
  const requestedTopic = requested && requested !== "need" ? session.topics.find((topic) => topic.slug === requested) : null;
  const topicRequest = requestedTopic ? requestedTopic.slug : requested === "need" ? "need" : null;
  // Resume the open question when it belongs to what is asked for now.
  const resumes = session.open && (topicRequest === "need" ? session.open.requestedTopicId === null : session.open.requestedTopicId === requestedTopic?.topicId);
  const started = session.topics.some((topic) => topic.answers > 0);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm text-muted-fg">
          <Link href={`/courses/${session.course.slug}`} className="hover:underline">
            {session.course.title}
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">Practice{requestedTopic ? `: ${requestedTopic.name}` : ""}</h1>
        <p className="text-muted-fg">Questions adapt to you: each one is chosen so that you get about three in four right.</p>
      </header>
      {topicRequest ? (
        <PracticeRunner courseSlug={session.course.slug} mode="practice" topicRequest={topicRequest} initial={resumes ? session.open : null} />
      ) : (
        <Card className="flex flex-col items-start gap-3">
          {session.neediest ? (
            <p>
              Next for you: <strong>{session.neediest.name}</strong> <MasteryBadge level={session.neediest.level} />
            </p>
          ) : (
            <p>This course has no practice questions yet.</p>
          )}
          <div className="flex flex-wrap gap-3">
            {session.neediest ? (
              <Link href={`/practice/${session.course.slug}?topic=need`} className={buttonClasses("primary")}>
                Practise what I need most
              </Link>
            ) : null}
            {!started ? (
              <Link href={`/practice/${session.course.slug}/placement`} className={buttonClasses("secondary")}>
                Take the placement check (about 12 questions)
              </Link>
            ) : null}
          </div>
        </Card>
      )}
      <section aria-labelledby="topics-heading" className="flex flex-col gap-3">
        <h2 id="topics-heading" className="text-xl font-semibold">
          Topics
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {session.topics
            .filter((topic) => topic.hasQuestions)
            .map((topic) => (
              <li key={topic.topicId}>
                <Link
                  href={`/practice/${session.course.slug}?topic=${topic.slug}`}
                  aria-current={topic.slug === requestedTopic?.slug ? "page" : undefined}
                  className={cn("flex flex-wrap items-center justify-between gap-2 rounded-lg border border-border bg-card p-3 hover:bg-muted", topic.slug === requestedTopic?.slug && "border-primary")}
                >
                  <span className="font-medium">{topic.name}</span>
                  <span className="flex items-center gap-2 text-sm text-muted-fg">
                    {topic.answers > 0 ? `${topic.correct}/${topic.answers} · ${formatPercent(topic.chance)}` : null}
                    <MasteryBadge level={topic.level} />
                  </span>
                </Link>
              </li>
            ))}
        </ul>
      </section>
    </div>
  );
}
