import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { AI_OFF_MESSAGES } from "@/features/ai/messages";
import { orNotFound } from "@/features/classes/components/teacher-page";
import { selectSearchableCourse } from "@/features/search/db";
import { TutorChat } from "@/features/tutor/components/tutor-chat";
import type { TutorChatMessage } from "@/features/tutor/components/tutor-message";
import { selectTutorConversation, selectTutorConversations } from "@/features/tutor/db";
import { TUTOR_MESSAGE_MAX } from "@/features/tutor/lib/prompt";
import { getCurrentUser } from "@/services/auth/current-user";
import { isAiConfigured } from "@/services/openai/config";
import { ConversationList } from "./_components/conversation-list";

type Props = { params: Promise<{ courseSlug: string }>; searchParams: Promise<{ c?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await getCurrentUser();
  const course = user ? await selectSearchableCourse(user, (await params).courseSlug) : null;
  return { title: course ? `Tutor — ${course.title}` : "Tutor" };
}

export default async function TutorPage({ params, searchParams }: Props) {
  const { courseSlug } = await params;
  const { c } = await searchParams;
  const requested = typeof c === "string" && c !== "" ? c : null;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/courses/${courseSlug}/tutor${requested ? `?c=${encodeURIComponent(requested)}` : ""}`)}`);
  const course = await selectSearchableCourse(user, courseSlug);
  // Not a conversation id at all: the same answer as someone else's conversation.
  if (!course || (requested && !z.uuid().safeParse(requested).success)) notFound();
  const [conversations, open] = await Promise.all([
    selectTutorConversations(user, course.id),
    requested ? orNotFound(selectTutorConversation(user, requested)) : null,
  ]);
  if (open && open.conversation.courseId !== course.id) notFound();
  const messages: TutorChatMessage[] = (open?.messages ?? []).map((message) => ({
    id: message.id,
    role: message.role,
    content: message.content,
    citations: message.citations,
    fallback: message.role === "assistant" && message.content === AI_OFF_MESSAGES.tutor,
  }));

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm text-muted-fg">
          <Link href={`/courses/${course.slug}`} className="hover:underline">
            {course.title}
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">Ask the tutor</h1>
        <p className="text-muted-fg">The tutor answers from this course&apos;s lessons and links to the passages it uses.</p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <ConversationList courseSlug={course.slug} conversations={conversations} openId={open?.conversation.id ?? null} />
        <section aria-labelledby="tutor-chat-heading" className="flex min-w-0 flex-col gap-3">
          <h2 id="tutor-chat-heading" className="text-xl font-semibold break-words">
            {open ? open.conversation.title : "New conversation"}
          </h2>
          <TutorChat
            key={open?.conversation.id ?? "new"}
            courseSlug={course.slug}
            conversationId={open?.conversation.id ?? null}
            initialMessages={messages}
            socraticDefault={open?.conversation.socratic ?? user.role === "learner"}
            aiEnabled={isAiConfigured()}
            messageMax={TUTOR_MESSAGE_MAX}
          />
        </section>
      </div>
    </div>
  );
}
