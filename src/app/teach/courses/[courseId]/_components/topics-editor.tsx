"use client";

import { useActionState, useState } from "react";
import { createTopicAction, deleteTopicAction, updateTopicAction } from "@/features/courses/actions-authoring";
import { slugify } from "@/features/courses/schemas-authoring";
import { buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { ActionButton } from "./action-button";

type Topic = { id: string; slug: string; name: string; description: string };

function TopicForm({ courseId, topic }: { courseId: string; topic?: Topic }) {
  const action = (topic ? updateTopicAction : createTopicAction) as typeof updateTopicAction;
  const [state, formAction, pending] = useActionState(action, null);
  const [name, setName] = useState(topic?.name ?? "");
  const prefix = `topic-${topic?.id ?? "new"}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="courseId" value={courseId} />
      {topic ? <input type="hidden" name="topicId" value={topic.id} /> : null}
      <input type="hidden" name="slug" value={topic?.slug ?? slugify(name)} />
      <input type="hidden" name="description" value={topic?.description ?? ""} />
      <label htmlFor={`${prefix}-name`} className="sr-only">
        Topic name
      </label>
      <input
        id={`${prefix}-name`}
        name="name"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        placeholder="New topic name"
        className="min-h-9 flex-1 rounded-md border border-border bg-bg px-2 text-sm"
      />
      <button type="submit" disabled={pending || name.trim() === ""} className={buttonClasses(topic ? "ghost" : "primary", "min-h-8 px-2 py-1 text-xs")}>
        {pending ? "Saving…" : topic ? "Rename" : "Add topic"}
      </button>
      <FormError state={state} />
    </form>
  );
}

export function TopicsEditor({ courseId, topics }: { courseId: string; topics: Topic[] }) {
  return (
    <div className="flex flex-col gap-2">
      <ul className="flex flex-col gap-2">
        {topics.map((topic) => (
          <li key={topic.id} className="flex flex-wrap items-center gap-2">
            <TopicForm courseId={courseId} topic={topic} />
            <ActionButton
              action={deleteTopicAction}
              fields={{ courseId, topicId: topic.id }}
              label="Delete"
              ariaLabel={`Delete topic ${topic.name}`}
              confirmMessage={`Delete the topic "${topic.name}"? Lessons and questions lose this tag.`}
            />
          </li>
        ))}
      </ul>
      <TopicForm courseId={courseId} />
    </div>
  );
}
