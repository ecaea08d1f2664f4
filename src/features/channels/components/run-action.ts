import type { ActionResult } from "@/lib/action";

export type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/** Calls a server action from an event handler with plain fields (the live list is not a form post). */
export async function runAction<T>(action: FormAction<T>, fields: Record<string, string | number | boolean>): Promise<ActionResult<T>> {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, String(value));
  return action(null, formData);
}
