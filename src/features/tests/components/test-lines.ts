import type { TestItemInput } from "@/features/tests/schemas";

/** A line of the test editor: a chosen question or a random draw from a topic. */
export type EditorLine =
  | { key: string; kind: "question"; questionId: string; points: number }
  | { key: string; kind: "draw"; topicSlug: string; drawCount: number; points: number };

/** What the editor knows of the bank to check draws (the latest versions, archived ones marked). */
export type BankEntry = { id: string; topicSlugs: readonly string[]; archived: boolean };

/** The editor's lines from the saved test (selectTestForEditor's items). */
export function linesFromItems(
  items: readonly { position: number; questionId: string | null; topicSlug: string | null; drawCount: number; points: number }[],
): EditorLine[] {
  return items.flatMap((item): EditorLine[] => {
    if (item.questionId) return [{ key: `saved-${item.position}`, kind: "question", questionId: item.questionId, points: item.points }];
    if (item.topicSlug) return [{ key: `saved-${item.position}`, kind: "draw", topicSlug: item.topicSlug, drawCount: item.drawCount, points: item.points }];
    return [];
  });
}

/** The lines as replaceTestItems takes them, in order. */
export function linesToItems(lines: readonly EditorLine[]): TestItemInput[] {
  return lines.map((line) =>
    line.kind === "question"
      ? { kind: "question", questionId: line.questionId, points: line.points }
      : { kind: "draw", topicSlug: line.topicSlug, drawCount: line.drawCount, points: line.points },
  );
}

/** Moves the line at `index` by `offset` places; out-of-range moves change nothing. */
export function moveLine<T>(lines: readonly T[], index: number, offset: number): T[] {
  const target = index + offset;
  if (index < 0 || index >= lines.length || target < 0 || target >= lines.length) return [...lines];
  const next = [...lines];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved!);
  return next;
}

export type DrawCheck = { available: number; requested: number; short: boolean };

/**
 * How many questions each draw line can count on, as an attempt plans them: a draw takes
 * unarchived questions of its topic that the test does not choose by hand and that earlier
 * draws of the same topic did not take. (A question tagged with two topics drawn by two lines
 * can still go to either; the count ignores that overlap.)
 */
export function checkDraws(lines: readonly EditorLine[], bank: readonly BankEntry[]): Map<string, DrawCheck> {
  const chosen = new Set(lines.flatMap((line) => (line.kind === "question" ? [line.questionId] : [])));
  const poolSize = new Map<string, number>();
  for (const question of bank) {
    if (question.archived || chosen.has(question.id)) continue;
    for (const slug of question.topicSlugs) poolSize.set(slug, (poolSize.get(slug) ?? 0) + 1);
  }
  const takenEarlier = new Map<string, number>();
  const checks = new Map<string, DrawCheck>();
  for (const line of lines) {
    if (line.kind !== "draw") continue;
    const taken = takenEarlier.get(line.topicSlug) ?? 0;
    const available = Math.max(0, (poolSize.get(line.topicSlug) ?? 0) - taken);
    checks.set(line.key, { available, requested: line.drawCount, short: available < line.drawCount });
    takenEarlier.set(line.topicSlug, taken + line.drawCount);
  }
  return checks;
}

/** Questions and marks an attempt gets, counting each draw at what it can actually draw. */
export function totalMarks(lines: readonly EditorLine[], draws: ReadonlyMap<string, DrawCheck>): { questions: number; marks: number } {
  let questions = 0;
  let marks = 0;
  for (const line of lines) {
    const count = line.kind === "question" ? 1 : Math.min(line.drawCount, draws.get(line.key)?.available ?? line.drawCount);
    questions += count;
    marks += count * line.points;
  }
  return { questions, marks: Math.round(marks * 100) / 100 };
}
