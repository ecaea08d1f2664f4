"use client";

import { useId, useMemo, useState } from "react";
import { QUESTION_TYPES, type QuestionType } from "@/drizzle/schema/enum-values";
import { QUESTION_TYPE_LABELS } from "@/features/questions/schemas";
import { buttonClasses } from "@/components/ui/button";

/** A bank question as the picker shows it. */
export type PickerQuestion = {
  id: string;
  type: QuestionType;
  preview: string;
  topicSlugs: string[];
  archived: boolean;
  /** Points a new line starts with: an essay's rubric total, else 1. */
  suggestedPoints: number;
};

/**
 * Chooses questions from the bank: filter by words, topic and type, tick, then add. Plain
 * form controls, so it works from the keyboard and with a screen reader.
 */
export function QuestionPicker({
  questions,
  topics,
  inTest,
  onAdd,
}: {
  questions: PickerQuestion[];
  topics: { slug: string; name: string }[];
  inTest: ReadonlySet<string>;
  onAdd: (questions: PickerQuestion[]) => void;
}) {
  const id = useId();
  const [search, setSearch] = useState("");
  const [topic, setTopic] = useState("");
  const [type, setType] = useState<QuestionType | "">("");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const topicName = useMemo(() => new Map(topics.map((entry) => [entry.slug, entry.name])), [topics]);

  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = questions.filter(
    (question) =>
      !question.archived &&
      (topic === "" || question.topicSlugs.includes(topic)) &&
      (type === "" || question.type === type) &&
      words.every((word) => question.preview.toLowerCase().includes(word)),
  );
  const addable = [...selected].filter((questionId) => !inTest.has(questionId));

  function toggle(questionId: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(questionId);
    else next.delete(questionId);
    setSelected(next);
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-search`} className="text-sm font-medium">
            Search the bank
          </label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="Words in the question"
            className="min-h-10 rounded-md border border-border bg-bg px-3 text-sm"
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-topic`} className="text-sm font-medium">
            Topic
          </label>
          <select id={`${id}-topic`} value={topic} onChange={(event) => setTopic(event.target.value)} className="min-h-10 rounded-md border border-border bg-bg px-3 text-sm">
            <option value="">All topics</option>
            {topics.map((entry) => (
              <option key={entry.slug} value={entry.slug}>
                {entry.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-type`} className="text-sm font-medium">
            Type
          </label>
          <select
            id={`${id}-type`}
            value={type}
            onChange={(event) => setType(event.target.value as QuestionType | "")}
            className="min-h-10 rounded-md border border-border bg-bg px-3 text-sm"
          >
            <option value="">All types</option>
            {QUESTION_TYPES.map((option) => (
              <option key={option} value={option}>
                {QUESTION_TYPE_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id={`${id}-count`} role="status" className="text-sm text-muted-fg">
        {shown.length} of {questions.filter((question) => !question.archived).length} questions shown
        {selected.size > 0 ? `, ${selected.size} ticked` : ""}.
      </p>
      {shown.length === 0 ? (
        <p className="text-sm">No question matches. Change the search or the filters.</p>
      ) : (
        <ul aria-label="Questions in the bank" aria-describedby={`${id}-count`} className="flex max-h-96 flex-col divide-y divide-border overflow-y-auto rounded-md border border-border">
          {shown.map((question) => {
            const already = inTest.has(question.id);
            return (
              <li key={question.id} className="px-3 py-2">
                <label className="flex items-start gap-3 text-sm">
                  <input
                    type="checkbox"
                    className="mt-1"
                    checked={already || selected.has(question.id)}
                    disabled={already}
                    onChange={(event) => toggle(question.id, event.target.checked)}
                  />
                  <span className="flex flex-col gap-1">
                    <span>{question.preview}</span>
                    <span className="text-xs text-muted-fg">
                      {QUESTION_TYPE_LABELS[question.type]}
                      {question.topicSlugs.length > 0 ? ` · ${question.topicSlugs.map((slug) => topicName.get(slug) ?? slug).join(", ")}` : ""}
                      {already ? " · already in the test" : ""}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={addable.length === 0}
          onClick={() => {
            onAdd(questions.filter((question) => addable.includes(question.id)));
            setSelected(new Set());
          }}
          className={buttonClasses("primary")}
        >
          {addable.length === 0 ? "Tick questions to add them" : `Add ${addable.length} question${addable.length === 1 ? "" : "s"} to the test`}
        </button>
        {selected.size > 0 ? (
          <button type="button" onClick={() => setSelected(new Set())} className={buttonClasses("ghost")}>
            Clear ticks
          </button>
        ) : null}
      </div>
    </div>
  );
}
