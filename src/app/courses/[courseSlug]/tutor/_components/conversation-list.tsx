import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/lib/cn";

type Props = { courseSlug: string; conversations: { id: string; title: string }[]; openId: string | null };

/** The learner's tutor conversations in this course, newest first, and a way to start another. */
export function ConversationList({ courseSlug, conversations, openId }: Props) {
  const base = `/courses/${courseSlug}/tutor`;
  return (
    <nav aria-labelledby="tutor-conversations-heading" className="flex flex-col gap-3">
      <h2 id="tutor-conversations-heading" className="text-lg font-semibold">
        Your conversations
      </h2>
      <Link href={base} aria-current={openId ? undefined : "page"} className={buttonClasses("secondary", "self-start")}>
        New conversation
      </Link>
      {conversations.length === 0 ? (
        <p className="text-sm text-muted-fg">You have not asked the tutor anything in this course yet.</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {conversations.map((conversation) => (
            <li key={conversation.id}>
              <Link
                href={`${base}?c=${conversation.id}`}
                aria-current={conversation.id === openId ? "page" : undefined}
                className={cn("block rounded-md px-3 py-2 text-sm break-words hover:bg-muted", conversation.id === openId && "bg-muted font-medium")}
              >
                {conversation.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
