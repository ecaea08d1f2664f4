"use client";

import Link from "next/link";
import { startTransition, useActionState, useDeferredValue, useEffect, useReducer, useRef, useState, type FormEvent } from "react";
import { buttonClasses } from "@/components/ui/button";
import { saveQuestionAction } from "@/features/questions/actions";
import { EXPLANATION_MAX, QUESTION_TYPE_LABELS, STEM_MAX, type QuestionBody } from "@/features/questions/schemas";
import { AcceptedAnswersEditor, NumericEditor, TrueFalseEditor } from "./answer-editors";
import { draftFromEditorState } from "./editor-draft";
import { editorErrorsFromResult, errorSummary, type EditorErrors } from "./editor-errors";
import { invalidatesErrors, editorReducer, editorStateFromDraft, newEditorState, type EditorAction, type EditorState } from "./editor-state";
import { TopicPicker, TypePicker } from "./editor-choosers";
import { ErrorSummary } from "./error-summary";
import { MarkdownTextField } from "./markdown-text-field";
import { OptionsEditor } from "./options-editor";
import { QuestionPreview } from "./question-preview";
import { RegradeButton } from "./regrade-button";
import { RubricEditor } from "./rubric-editor";
import { savedMessage } from "./save-messages";

type SaveResult = Awaited<ReturnType<typeof saveQuestionAction>>;

/**
 * One editor for every question type. The draft travels as one JSON field; errors from the
 * browser's own checks or from the server's schema show beside their controls and in a summary.
 */
export function QuestionEditor({
  courseId,
  bankHref,
  topics,
  question,
  draft,
}: {
  courseId: string;
  bankHref: string;
  topics: { slug: string; name: string }[];
  /** Absent for a new question. */
  question?: { id: string; body: QuestionBody; topicSlugs: string[] };
  /** An AI draft to start a new question from: saving approves the draft with what the editor holds. */
  draft?: { id: string; body: QuestionBody; topicSlugs: string[] };
}) {
  const [state, dispatch] = useReducer(editorReducer, question ?? draft, (initial) => (initial ? editorStateFromDraft(initial) : newEditorState()));
  const preview = useDeferredValue(state);
  const [result, saveAction, saving] = useActionState(saveQuestionAction, null);
  const [localErrors, setLocalErrors] = useState<EditorErrors | null>(null);
  // Errors index rows: once rows are added, removed or moved (or the type changes) they would mislead.
  const [dismissed, setDismissed] = useState<SaveResult | null>(null);
  const errors: EditorErrors = localErrors ?? (result && !result.ok && result !== dismissed ? editorErrorsFromResult(result) : {});
  const summary = errorSummary(errors, state, topics.length > 0);

  const summaryRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (localErrors || (result && !result.ok)) summaryRef.current?.focus();
  }, [localErrors, result]);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const update = (action: EditorAction, focusId?: string) => {
    dispatch(action);
    if (focusId) focusNext.current = focusId;
    if (invalidatesErrors(action) && Object.keys(errors).length > 0) {
      setLocalErrors(null);
      setDismissed(result);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const converted = draftFromEditorState(state);
    if (!converted.ok) {
      setLocalErrors(converted.errors);
      return;
    }
    setLocalErrors(null);
    const formData = new FormData();
    formData.set("courseId", courseId);
    if (question) formData.set("questionId", question.id);
    else if (draft) formData.set("draftId", draft.id);
    formData.set("draft", JSON.stringify(converted.draft));
    startTransition(() => saveAction(formData));
  };

  return (
    <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
      <div className="flex flex-col gap-4">
        <form onSubmit={submit} noValidate className="flex flex-col gap-6" aria-label={question ? "Edit question" : draft ? "Edit and approve draft" : "New question"}>
          <ErrorSummary items={summary} summaryRef={summaryRef} />
          {question ? (
            <p className="text-sm">
              <span className="font-medium">Type:</span> {QUESTION_TYPE_LABELS[state.type]}{" "}
              <span className="text-muted-fg">(a saved question keeps its type; create a new question for another type)</span>
            </p>
          ) : (
            <TypePicker type={state.type} update={update} />
          )}
          <MarkdownTextField
            errorKey="body.stem"
            label="Question"
            hint="Markdown: **bold**, lists, tables, links."
            rows={6}
            required
            maxLength={STEM_MAX}
            value={state.stem}
            onChange={(value) => update({ kind: "setText", field: "stem", value })}
            error={errors["body.stem"]}
          />
          <TypeFields state={state} errors={errors} update={update} />
          <MarkdownTextField
            errorKey="body.explanation"
            label="Explanation (optional)"
            hint="Shown to learners with their feedback: why the answer is right."
            rows={4}
            maxLength={EXPLANATION_MAX}
            value={state.explanation}
            onChange={(value) => update({ kind: "setText", field: "explanation", value })}
            error={errors["body.explanation"]}
          />
          <TopicPicker courseId={courseId} topics={topics} chosen={state.topicSlugs} errors={errors} update={update} />
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" disabled={saving} className={buttonClasses("primary")}>
              {saving ? "Saving…" : question ? "Save question" : draft ? "Approve and add to the bank" : "Create question"}
            </button>
            <Link href={bankHref} className={buttonClasses("ghost")}>
              Back to the question bank
            </Link>
          </div>
        </form>
        {/* Outside the editor's form: the regrade button is a form of its own. */}
        {result?.ok && question ? <SavedNotice courseId={courseId} questionId={question.id} essay={state.type === "essay"} saved={result.data} /> : null}
      </div>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <QuestionPreview state={preview} />
      </div>
    </div>
  );
}

function TypeFields({ state, errors, update }: { state: EditorState; errors: EditorErrors; update: (action: EditorAction, focusId?: string) => void }) {
  switch (state.type) {
    case "single_choice":
    case "multiple_choice":
      return <OptionsEditor multiple={state.type === "multiple_choice"} options={state.options} scoring={state.scoring} errors={errors} update={update} />;
    case "true_false":
      return <TrueFalseEditor correct={state.correct} errors={errors} update={update} />;
    case "numeric":
      return <NumericEditor answer={state.answer} tolerance={state.tolerance} unit={state.unit} errors={errors} update={update} />;
    case "short_text":
      return <AcceptedAnswersEditor answers={state.acceptedAnswers} errors={errors} update={update} />;
    case "essay":
      return <RubricEditor rubric={state.rubric} maxLength={state.maxLength} errors={errors} update={update} />;
  }
}

function SavedNotice({ courseId, questionId, essay, saved }: { courseId: string; questionId: string; essay: boolean; saved: { version: number; newVersion: boolean } }) {
  return (
    <div className="flex flex-col gap-3 rounded-md border border-border bg-muted p-4">
      <p role="status" className="text-sm font-medium">
        {savedMessage(saved)}
      </p>
      {saved.newVersion && essay ? <p className="text-sm text-muted-fg">Essays keep the marks their markers gave, so there is nothing to regrade.</p> : null}
      {saved.newVersion && !essay ? <RegradeButton key={saved.version} courseId={courseId} questionId={questionId} version={saved.version} /> : null}
    </div>
  );
}
