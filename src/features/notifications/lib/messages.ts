import type { NotificationKind } from "@/drizzle/schema/enum-values";

/** The texts of the notifications this feature writes (channel notifications write their own). */

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  assignment_new: "New test",
  test_due: "Due soon",
  grade_released: "Grade",
  reply: "Reply",
  mention: "Mention",
  homework_graded: "Homework",
};

export function assignmentNotice(input: { testTitle: string; className: string }) {
  return { title: `New test: ${input.testTitle}`, body: `Your teacher assigned it in ${input.className}.` };
}

export function dueSoonNotice(input: { testTitle: string; className: string }) {
  return { title: `Due within a day: ${input.testTitle}`, body: `You have not submitted it yet (${input.className}).` };
}

/** "7.5" not "7.500000001": marks are shown to two decimals at most. */
export function formatMark(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function gradeNotice(input: { testTitle: string; score: number | null; maxScore: number; regraded: boolean }) {
  const mark = input.score === null ? "" : ` Your mark: ${formatMark(input.score)} / ${formatMark(input.maxScore)}.`;
  return input.regraded
    ? { title: `Grade updated: ${input.testTitle}`, body: `A mark on your attempt has changed.${mark}` }
    : { title: `Graded: ${input.testTitle}`, body: `Your attempt has been marked.${mark}` };
}
