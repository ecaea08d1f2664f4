"use client";

import type { LearnerQuestion } from "@/features/attempts/lib/present";
import { AnswerCapture } from "./answer-capture";
import { mergeTranscript } from "./answer-capture-text";
import { SHORT_TEXT_MAX_LENGTH, toggleOption, type Draft } from "./answer-draft";

type Props = {
  slot: number;
  question: LearnerQuestion;
  draft: Draft;
  disabled: boolean;
  /** Ids of the stem and the save status, read with the controls. */
  describedBy: string;
  onChange: (draft: Draft) => void;
  /** Text boxes save at once when the learner leaves them. */
  onBlur: () => void;
  /** The attempt player offers photo and voice answers (AI on or off); practice and review leave it out. */
  aiEnabled?: boolean;
};

const inputClass = "min-h-10 w-full rounded-md border border-border bg-bg px-3 py-2 text-sm disabled:opacity-70";

/** The answer controls for one question: options in a fieldset with a legend, text boxes with labels. */
export function QuestionInput({ slot, question, draft, disabled, describedBy, onChange, onBlur, aiEnabled }: Props) {
  const id = `answer-${slot}`;
  switch (question.type) {
    case "single_choice":
    case "multiple_choice": {
      const multiple = question.type === "multiple_choice";
      const chosen = new Set(draft.type === "multiple_choice" ? draft.optionIds : draft.type === "single_choice" && draft.optionId ? [draft.optionId] : []);
      const order = question.options.map((option) => option.id);
      return (
        <fieldset className="flex flex-col gap-2" aria-describedby={describedBy} disabled={disabled}>
          <legend className="mb-1 text-sm font-medium">{multiple ? "Your answer (choose all that apply)" : "Your answer (choose one)"}</legend>
          {question.options.map((option) => (
            <label key={option.id} className="flex cursor-pointer items-start gap-3 rounded-md border border-border p-3 hover:bg-muted has-[:checked]:border-primary has-[:checked]:bg-accent">
              <input
                type={multiple ? "checkbox" : "radio"}
                name={id}
                value={option.id}
                checked={chosen.has(option.id)}
                className="mt-0.5 size-4"
                onChange={() =>
                  onChange(
                    draft.type === "multiple_choice" ? toggleOption(draft, option.id, order) : { type: "single_choice", optionId: option.id },
                  )
                }
              />
              <span>{option.text}</span>
            </label>
          ))}
        </fieldset>
      );
    }
    case "true_false": {
      const value = draft.type === "true_false" ? draft.value : null;
      return (
        <fieldset className="flex flex-col gap-2" aria-describedby={describedBy} disabled={disabled}>
          <legend className="mb-1 text-sm font-medium">Your answer (true or false)</legend>
          {[true, false].map((option) => (
            <label key={String(option)} className="flex cursor-pointer items-center gap-3 rounded-md border border-border p-3 hover:bg-muted has-[:checked]:border-primary has-[:checked]:bg-accent">
              <input
                type="radio"
                name={id}
                value={String(option)}
                checked={value === option}
                className="size-4"
                onChange={() => onChange({ type: "true_false", value: option })}
              />
              <span>{option ? "True" : "False"}</span>
            </label>
          ))}
        </fieldset>
      );
    }
    case "numeric": {
      const text = draft.type === "numeric" ? draft.text : "";
      return (
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="text-sm font-medium">
            Your answer
          </label>
          <div className="flex items-center gap-2">
            <input
              id={id}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={text}
              disabled={disabled}
              aria-describedby={`${id}-hint ${describedBy}`}
              className={`${inputClass} max-w-60`}
              onChange={(event) => onChange({ type: "numeric", text: event.target.value })}
              onBlur={onBlur}
            />
            {question.unit ? <span className="text-sm">{question.unit}</span> : null}
          </div>
          <p id={`${id}-hint`} className="text-xs text-muted-fg">
            A number, like 0.25 or 1,5{question.unit ? ` (in ${question.unit})` : ""}.
          </p>
        </div>
      );
    }
    case "short_text": {
      const text = draft.type === "short_text" ? draft.text : "";
      return (
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="text-sm font-medium">
            Your answer
          </label>
          <input
            id={id}
            type="text"
            autoComplete="off"
            value={text}
            maxLength={SHORT_TEXT_MAX_LENGTH}
            disabled={disabled}
            aria-describedby={describedBy}
            className={inputClass}
            onChange={(event) => onChange({ type: "short_text", text: event.target.value })}
            onBlur={onBlur}
          />
          {aiEnabled === undefined ? null : (
            <AnswerCapture
              aiEnabled={aiEnabled}
              disabled={disabled}
              hasAnswer={text.trim() !== ""}
              onUseText={(transcript, mode) =>
                onChange({ type: "short_text", text: mergeTranscript(text, transcript, mode, { separator: " ", maxLength: SHORT_TEXT_MAX_LENGTH, singleLine: true }) })
              }
            />
          )}
        </div>
      );
    }
    case "essay": {
      const text = draft.type === "essay" ? draft.text : "";
      const left = question.maxLength - text.length;
      return (
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="text-sm font-medium">
            Your answer
          </label>
          <textarea
            id={id}
            rows={12}
            value={text}
            maxLength={question.maxLength}
            disabled={disabled}
            aria-describedby={`${id}-count ${describedBy}`}
            className={`${inputClass} leading-relaxed`}
            onChange={(event) => onChange({ type: "essay", text: event.target.value })}
            onBlur={onBlur}
          />
          <p id={`${id}-count`} className="text-xs text-muted-fg">
            {text.length.toLocaleString("en")} / {question.maxLength.toLocaleString("en")} characters
            {left <= 0 ? " — you have reached the limit" : left <= 200 ? ` — ${left.toLocaleString("en")} left` : ""}
          </p>
          {aiEnabled === undefined ? null : (
            <AnswerCapture
              aiEnabled={aiEnabled}
              disabled={disabled}
              hasAnswer={text.trim() !== ""}
              onUseText={(transcript, mode) => onChange({ type: "essay", text: mergeTranscript(text, transcript, mode, { separator: "\n\n", maxLength: question.maxLength }) })}
            />
          )}
          {question.rubric.length > 0 ? (
            <details className="text-sm">
              <summary className="cursor-pointer font-medium">How this answer is marked</summary>
              <ul className="mt-2 flex list-disc flex-col gap-1 pl-5">
                {question.rubric.map((criterion) => (
                  <li key={criterion.criterion}>
                    <span className="font-medium">{criterion.criterion}</span> ({criterion.points} mark{criterion.points === 1 ? "" : "s"})
                    {criterion.description ? `: ${criterion.description}` : ""}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      );
    }
  }
}
