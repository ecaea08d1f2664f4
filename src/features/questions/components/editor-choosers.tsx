import Link from "next/link";
import { QUESTION_TYPES, type QuestionType } from "@/drizzle/schema/enum-values";
import { QUESTION_TYPE_LABELS } from "@/features/questions/schemas";
import { controlIdFor, type EditorErrors } from "./editor-errors";
import { describedBy, FieldError } from "./editor-controls";
import type { EditorAction } from "./editor-state";

const TYPE_HINTS: Record<QuestionType, string> = {
  single_choice: "one right option",
  multiple_choice: "one or more right options",
  true_false: "a statement to judge",
  numeric: "a number, with a tolerance",
  short_text: "a word or phrase",
  essay: "marked against a rubric",
};

/** The question type, for a new question only: a saved question's type never changes. */
export function TypePicker({ type, update }: { type: QuestionType; update: (action: EditorAction) => void }) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">Question type</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {QUESTION_TYPES.map((value) => (
          <div key={value} className="flex flex-col gap-0.5 rounded-md border border-border p-2 text-sm has-[:checked]:border-2 has-[:checked]:border-primary">
            <label className="flex items-center gap-2 font-medium">
              <input type="radio" name="question-type" checked={type === value} onChange={() => update({ kind: "setType", type: value })} aria-describedby={`question-type-${value}-hint`} />
              {QUESTION_TYPE_LABELS[value]}
            </label>
            <span id={`question-type-${value}-hint`} className="pl-6 text-muted-fg">
              {TYPE_HINTS[value]}
            </span>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function TopicPicker({
  courseId,
  topics,
  chosen,
  errors,
  update,
}: {
  courseId: string;
  topics: { slug: string; name: string }[];
  chosen: string[];
  errors: EditorErrors;
  update: (action: EditorAction) => void;
}) {
  const key = "topicSlugs";
  if (topics.length === 0) {
    return (
      <div className="flex flex-col gap-1">
        <p className="text-sm text-muted-fg">
          This course has no topics yet.{" "}
          <Link href={`/teach/courses/${courseId}`} className="underline">
            Add topics on the course page
          </Link>{" "}
          to tag questions with the skills they test.
        </p>
        <FieldError errorKey={key} error={errors[key]} />
      </div>
    );
  }
  return (
    <fieldset id={controlIdFor(key)} aria-describedby={describedBy(key, errors[key])} className="flex flex-col gap-2">
      <legend className="text-sm font-medium">Topics</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {topics.map((topic) => (
          <label key={topic.slug} className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={chosen.includes(topic.slug)} onChange={(event) => update({ kind: "toggleTopic", slug: topic.slug, on: event.target.checked })} />
            {topic.name}
          </label>
        ))}
      </div>
      <FieldError errorKey={key} error={errors[key]} />
    </fieldset>
  );
}
