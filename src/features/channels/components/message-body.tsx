import { Badge } from "@/components/ui/badge";
import type { MessageDto } from "../lib/message-dto";

/** A message's text, or what stands in for it: deleted, or hidden by a teacher. */
export function MessageBody({ message }: { message: MessageDto }) {
  if (message.state === "deleted") return <p className="text-sm italic text-muted-fg">Message deleted</p>;
  if (message.html === null) return <p className="text-sm italic text-muted-fg">Hidden by a teacher</p>;
  return (
    <div className="flex flex-col gap-1">
      {message.state === "hidden" ? <Badge className="self-start bg-muted text-danger">Hidden from learners</Badge> : null}
      {/* Sanitised on the server (lib/message-html.ts). */}
      <div
        className="prose prose-sm prose-lesson max-w-none break-words [&_mark.mention]:rounded [&_mark.mention]:bg-accent [&_mark.mention]:px-1 [&_mark.mention]:font-medium [&_mark.mention]:text-accent-fg"
        dangerouslySetInnerHTML={{ __html: message.html }}
      />
    </div>
  );
}

/** Homework status: the grade and feedback show to the learner who handed it in and to teachers. */
export function HomeworkStatus({ homework }: { homework: NonNullable<MessageDto["homework"]> }) {
  if (!homework.gradedAt) return <Badge className="self-start">Homework submitted</Badge>;
  return (
    <div className="flex flex-col gap-1 rounded-md border border-border bg-muted px-3 py-2 text-sm">
      <p className="font-medium text-success">{homework.grade === null ? "Homework graded" : `Homework graded: ${homework.grade}`}</p>
      {homework.feedback ? <p className="whitespace-pre-wrap">{homework.feedback}</p> : null}
    </div>
  );
}
