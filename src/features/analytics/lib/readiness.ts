import { predictCorrect } from "@/features/practice/lib/elo";

/** What the learner model needs of one practisable question to predict an answer. */
export type BankQuestion = { guess: number; difficulty: number; topicIds: readonly string[] };

/**
 * The share of a course's practice bank the learner model expects answered correctly: the mean of
 * each question's predicted chance, where the learner's skill on a question is the course skill
 * plus the mean offset of the question's topics (0 for a topic never practised). Null for an empty bank.
 */
export function predictedBankScore(bank: readonly BankQuestion[], courseSkill: number, topicOffsets: ReadonlyMap<string, number>): number | null {
  if (bank.length === 0) return null;
  let total = 0;
  for (const question of bank) {
    let offset = 0;
    for (const topicId of question.topicIds) offset += topicOffsets.get(topicId) ?? 0;
    if (question.topicIds.length > 0) offset /= question.topicIds.length;
    total += predictCorrect(courseSkill + offset, question.difficulty, question.guess);
  }
  return total / bank.length;
}
