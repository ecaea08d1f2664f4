import { LessonMarkdown } from "@/features/courses/components/lesson-markdown";
import { QUESTION_TYPE_LABELS } from "@/features/questions/schemas";
import type { EditorState } from "./editor-state";

/** The question roughly as a learner sees it, from the editor's (deferred) state; the right answers are marked for the author. */
export function QuestionPreview({ state }: { state: EditorState }) {
  return (
    <section aria-labelledby="question-preview-heading" className="flex flex-col gap-3 rounded-md border border-border p-4">
      <h2 id="question-preview-heading" className="text-sm font-medium text-muted-fg">
        Preview — {QUESTION_TYPE_LABELS[state.type]}
      </h2>
      {state.stem.trim() ? <LessonMarkdown markdown={state.stem} /> : <p className="text-sm text-muted-fg">The question text appears here as you type.</p>}
      <AnswerPreview state={state} />
      {state.explanation.trim() ? (
        <div className="flex flex-col gap-1 border-t border-border pt-3">
          <h3 className="text-sm font-medium">Explanation (shown with feedback)</h3>
          <LessonMarkdown markdown={state.explanation} />
        </div>
      ) : null}
    </section>
  );
}

function AnswerPreview({ state }: { state: EditorState }) {
  switch (state.type) {
    case "single_choice":
    case "multiple_choice":
      return (
        <ul className="flex flex-col gap-1 text-sm">
          {state.options.map((option) => (
            <li key={option.id} className="flex gap-2">
              <span aria-hidden="true">{state.type === "single_choice" ? "○" : "☐"}</span>
              <span>
                {option.text || <span className="text-muted-fg">(empty option)</span>}
                {option.correct ? <strong> — correct</strong> : null}
              </span>
            </li>
          ))}
        </ul>
      );
    case "true_false":
      return <p className="text-sm">True / False{state.correct === null ? "" : ` — correct: ${state.correct ? "True" : "False"}`}</p>;
    case "numeric":
      return (
        <p className="text-sm">
          Answer box {state.unit ? `(${state.unit})` : null} — correct: {state.answer || "?"}
          {state.tolerance && state.tolerance !== "0" ? ` ± ${state.tolerance}` : ""}
        </p>
      );
    case "short_text":
      return <p className="text-sm">Text box — accepts: {state.acceptedAnswers.map((answer) => answer.text).filter(Boolean).join(" · ") || "?"}</p>;
    case "essay":
      return <p className="text-sm">Essay box, up to {state.maxLength || "?"} characters, marked against {state.rubric.length} criteria.</p>;
  }
}
