"use client";

import { useActionState, useId, useMemo, useRef, useState } from "react";
import { saveTestItemsAction } from "@/features/tests/actions";
import { buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { QuestionPicker, type PickerQuestion } from "./question-picker";
import { checkDraws, linesToItems, moveLine, totalMarks, type EditorLine } from "./test-lines";
import { DrawAdder } from "./draw-adder";
import { plural, TestLineItem, validCount, validPoints, type LineChange } from "./test-line-item";

type Topic = { slug: string; name: string };

/** The test's lines: chosen questions and random draws, with points, order and a save button. */
export function TestLinesEditor({
  testId,
  initialLines,
  questions,
  topics,
  attemptCount,
}: {
  testId: string;
  initialLines: EditorLine[];
  questions: PickerQuestion[];
  topics: Topic[];
  attemptCount: number;
}) {
  const id = useId();
  const [lines, setLines] = useState(initialLines);
  const [announcement, setAnnouncement] = useState("");
  const nextKey = useRef(0);
  const [state, formAction, pending] = useActionState(saveTestItemsAction, null);

  const questionById = useMemo(() => new Map(questions.map((question) => [question.id, question])), [questions]);
  const topicName = useMemo(() => new Map(topics.map((topic) => [topic.slug, topic.name])), [topics]);
  const bankSize = useMemo(() => {
    const sizes = new Map<string, number>();
    for (const question of questions) if (!question.archived) for (const slug of question.topicSlugs) sizes.set(slug, (sizes.get(slug) ?? 0) + 1);
    return sizes;
  }, [questions]);
  const draws = checkDraws(lines, questions);
  const total = totalMarks(lines, draws);
  const inTest = new Set(lines.flatMap((line) => (line.kind === "question" ? [line.questionId] : [])));
  const items = linesToItems(lines);
  const dirty = JSON.stringify(items) !== JSON.stringify(linesToItems(initialLines));
  const archivedLines = lines.filter((line) => line.kind === "question" && (questionById.get(line.questionId)?.archived ?? true));
  const invalid = lines.some((line) => !validPoints(line.points) || (line.kind === "draw" && !validCount(line.drawCount))) || archivedLines.length > 0;

  const newKey = () => `new-${nextKey.current++}`;
  const update = (key: string, change: LineChange) =>
    setLines((current) => current.map((line) => (line.key === key ? ({ ...line, ...change } as EditorLine) : line)));

  function describe(line: EditorLine, index: number): string {
    return line.kind === "question" ? `line ${index + 1} (question)` : `line ${index + 1} (random draw from ${topicName.get(line.topicSlug) ?? line.topicSlug})`;
  }

  function move(index: number, offset: number) {
    const target = index + offset;
    if (target < 0 || target >= lines.length) return;
    setLines(moveLine(lines, index, offset));
    setAnnouncement(`Moved line ${index + 1} to position ${target + 1}.`);
  }

  function remove(index: number) {
    setLines(lines.filter((_, at) => at !== index));
    setAnnouncement(`Removed line ${index + 1}. Save to keep the change.`);
  }

  return (
    <div className="flex flex-col gap-6">
      {attemptCount > 0 ? (
        <p className="rounded-md border border-border bg-muted p-3 text-sm">
          <strong>Note:</strong> {plural(attemptCount, "attempt")} already exist. Changes apply to attempts started from now on; earlier attempts keep the questions they
          showed.
        </p>
      ) : null}

      <section aria-labelledby={`${id}-lines`} className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={`${id}-lines`} className="text-xl font-semibold">
            Questions in this test
          </h2>
          <p className="text-sm font-medium">
            Total: {plural(total.questions, "question")}, {plural(total.marks, "mark")}
          </p>
        </div>
        {lines.length === 0 ? (
          <p className="text-sm text-muted-fg">No questions yet. Add some from the bank or draw them at random from a topic below.</p>
        ) : (
          <ol className="flex flex-col gap-2">
            {lines.map((line, index) => (
              <TestLineItem
                key={line.key}
                idPrefix={`${id}-${line.key}`}
                line={line}
                index={index}
                count={lines.length}
                label={describe(line, index)}
                question={line.kind === "question" ? questionById.get(line.questionId) : undefined}
                topics={topics}
                topicName={topicName}
                bankSize={bankSize}
                draw={draws.get(line.key)}
                onChange={(change) => update(line.key, change)}
                onMove={(offset) => move(index, offset)}
                onRemove={() => remove(index)}
              />
            ))}
          </ol>
        )}
        <p role="status" className="sr-only">
          {announcement}
        </p>
        <form action={formAction} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="testId" value={testId} />
          <input type="hidden" name="items" value={JSON.stringify(items)} />
          <button type="submit" disabled={pending || invalid} className={buttonClasses("primary")}>
            {pending ? "Saving…" : "Save questions"}
          </button>
          {dirty ? <p className="text-sm font-medium">You have unsaved changes.</p> : null}
          <p role="status" className="text-sm text-muted-fg">
            {!dirty && state?.ok ? "Questions saved." : ""}
          </p>
          {invalid ? <p className="text-sm text-danger">Fix the lines marked above before saving.</p> : null}
          <FormError state={state} />
        </form>
      </section>

      <section aria-labelledby={`${id}-bank`} className="flex flex-col gap-3">
        <h2 id={`${id}-bank`} className="text-xl font-semibold">
          Add questions from the bank
        </h2>
        <QuestionPicker
          questions={questions}
          topics={topics}
          inTest={inTest}
          onAdd={(picked) => {
            setLines((current) => [...current, ...picked.map((question): EditorLine => ({ key: newKey(), kind: "question", questionId: question.id, points: question.suggestedPoints }))]);
            setAnnouncement(`Added ${plural(picked.length, "question")} at the end. Save to keep the change.`);
          }}
        />
      </section>

      <DrawAdder
        topics={topics}
        bankSize={bankSize}
        onAdd={(topicSlug, count) => {
          setLines((current) => [...current, { key: newKey(), kind: "draw", topicSlug, drawCount: count, points: 1 }]);
          setAnnouncement(`Added a random draw of ${plural(count, "question")} from ${topicName.get(topicSlug) ?? topicSlug}. Save to keep the change.`);
        }}
      />
    </div>
  );
}
