"use client";

import type { Dispatch } from "react";
import { buttonClasses } from "@/components/ui/button";
import { OUTLINE_LIMITS } from "@/features/course-outline/lib/outline";
import type { EditorTopic, OutlineEditorAction } from "./outline-state";

const smallButton = buttonClasses("secondary", "min-h-8 px-2 py-1 text-xs");

/** The course's topics: rename, remove (which untags its lessons) and add. */
export function OutlineTopics({ topics, dispatch }: { topics: EditorTopic[]; dispatch: Dispatch<OutlineEditorAction> }) {
  return (
    <section aria-labelledby="outline-topics-heading" className="flex flex-col gap-3">
      <h2 id="outline-topics-heading" className="text-xl font-semibold">
        Topics
      </h2>
      <p className="text-sm text-muted-fg">Topics tag lessons and questions; learners practise by topic.</p>
      {topics.length === 0 ? <p className="text-sm">No topics yet; a course needs at least one.</p> : null}
      <ol className="flex flex-col gap-2">
        {topics.map((topic, index) => (
          <li key={topic.key} className="flex flex-wrap items-center gap-2">
            <label htmlFor={`outline-topic-${topic.key}`} className="sr-only">
              Topic {index + 1} name
            </label>
            <input
              id={`outline-topic-${topic.key}`}
              value={topic.name}
              maxLength={OUTLINE_LIMITS.topicName}
              placeholder="Topic name"
              onChange={(event) => dispatch({ type: "rename_topic", topicKey: topic.key, name: event.target.value })}
              className="min-h-10 min-w-0 flex-1 rounded-md border border-border bg-bg px-3 py-2 text-sm"
            />
            <button aria-label={`Remove topic ${topic.name || index + 1}`} type="button" className={smallButton} onClick={() => dispatch({ type: "remove_topic", topicKey: topic.key })}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div>
        <button type="button" className={smallButton} disabled={topics.length >= OUTLINE_LIMITS.topics} onClick={() => dispatch({ type: "add_topic" })}>
          Add a topic
        </button>
      </div>
    </section>
  );
}
