"use client";

import { useId, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { validCount } from "./test-line-item";

/** Adds a line that draws `count` random questions from a topic, showing each topic's bank size. */
export function DrawAdder({
  topics,
  bankSize,
  onAdd,
}: {
  topics: { slug: string; name: string }[];
  bankSize: ReadonlyMap<string, number>;
  onAdd: (topicSlug: string, count: number) => void;
}) {
  const id = useId();
  const [drawTopic, setDrawTopic] = useState(topics[0]?.slug ?? "");
  const [drawCount, setDrawCount] = useState(1);
  return (
    <section aria-labelledby={`${id}-draw`} className="flex flex-col gap-3">
      <h2 id={`${id}-draw`} className="text-xl font-semibold">
        Add a random draw
      </h2>
      <p className="text-sm text-muted-fg">Each attempt gets its own random questions from the topic, never one the test already chooses by hand.</p>
      {topics.length === 0 ? (
        <p className="text-sm">This course has no topics yet. Add topics in the course editor, then tag questions with them.</p>
      ) : (
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-draw-count`} className="text-sm font-medium">
              How many
            </label>
            <input
              id={`${id}-draw-count`}
              type="number"
              min={1}
              max={50}
              step={1}
              value={Number.isNaN(drawCount) ? "" : drawCount}
              onChange={(event) => setDrawCount(event.target.value === "" ? Number.NaN : Number(event.target.value))}
              className="min-h-10 w-24 rounded-md border border-border bg-bg px-3 text-sm"
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-draw-topic`} className="text-sm font-medium">
              From topic (questions in the bank)
            </label>
            <select
              id={`${id}-draw-topic`}
              value={drawTopic}
              onChange={(event) => setDrawTopic(event.target.value)}
              className="min-h-10 rounded-md border border-border bg-bg px-3 text-sm"
            >
              {topics.map((topic) => (
                <option key={topic.slug} value={topic.slug}>
                  {topic.name} ({bankSize.get(topic.slug) ?? 0})
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            disabled={!validCount(drawCount) || drawTopic === ""}
            onClick={() => onAdd(drawTopic, drawCount)}
            className={buttonClasses("secondary")}
          >
            Add draw
          </button>
        </div>
      )}
    </section>
  );
}
