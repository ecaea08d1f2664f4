"use client";

import { useActionState } from "react";
import { createModuleAction, updateModuleAction } from "@/features/courses/actions-authoring";
import { buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

/** Adds a module, or renames one when `moduleId` is given. */
export function ModuleForm({ courseId, moduleId, initial }: { courseId: string; moduleId?: string; initial?: { title: string; summary: string } }) {
  const action = (moduleId ? updateModuleAction : createModuleAction) as typeof updateModuleAction;
  const [state, formAction, pending] = useActionState(action, null);
  const inputId = `module-title-${moduleId ?? "new"}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="courseId" value={courseId} />
      {moduleId ? <input type="hidden" name="moduleId" value={moduleId} /> : null}
      <input type="hidden" name="summary" value={initial?.summary ?? ""} />
      <label htmlFor={inputId} className="sr-only">
        Module title
      </label>
      <input
        id={inputId}
        name="title"
        required
        defaultValue={initial?.title}
        placeholder="Module title"
        className={moduleId ? "min-h-9 rounded-md border border-transparent bg-transparent px-2 text-lg font-semibold hover:border-border" : "min-h-10 rounded-md border border-border bg-bg px-3 text-sm"}
      />
      <button type="submit" disabled={pending} className={buttonClasses(moduleId ? "ghost" : "primary", moduleId ? "min-h-8 px-2 py-1 text-xs" : undefined)}>
        {pending ? "Saving…" : moduleId ? "Rename" : "Add module"}
      </button>
      <FormError state={state} />
    </form>
  );
}
