const plural = (count: number, one: string, many: string) => `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

/** What the editor says after a save: a frozen version is never edited, so say which one was made. */
export function savedMessage({ version, newVersion }: { version: number; newVersion: boolean }): string {
  return newVersion
    ? `Saved as version ${version} — attempts that showed the earlier version keep it.`
    : `Saved. This is still version ${version}: no attempt has shown it yet.`;
}

export function regradeMessage({ slots, changed }: { slots: number; changed: number }): string {
  if (slots === 0) return "No finished attempt has answered this question, so nothing was regraded.";
  return `${plural(slots, "answer", "answers")} regraded, ${plural(changed, "mark", "marks")} changed.`;
}

export function importedMessage(count: number): string {
  return `Imported ${plural(count, "question", "questions")}.`;
}
