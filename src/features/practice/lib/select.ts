import { masteryLevel, predictCorrect, type Estimate, type MasteryLevel } from "./elo";

/** The success rate practice aims at: hard enough to learn from, easy enough to keep going. */
export const TARGET_SUCCESS = 0.75;
/** The share of questions drawn from a weaker prerequisite of the topic being practised. */
export const PREREQUISITE_SHARE = 0.2;
/** At most this many recently served questions are held back (fewer in a small pool). */
export const MAX_HOLD_BACK = 6;

export type Candidate = {
  questionId: string;
  versionId: string;
  difficulty: number;
  guess: number;
  /** 1 for the question served last in this course, 2 for the one before…; null if not recent. */
  recency: number | null;
};

/** How many recent questions to hold back from a pool: never more than half of it. */
export function holdBackCount(poolSize: number): number {
  return Math.max(0, Math.min(MAX_HOLD_BACK, Math.floor(poolSize / 2)));
}

/**
 * The next question: never the previous one (unless it is the only one), recently served ones
 * held back, then the one whose predicted success is nearest the target. Questions within a
 * small margin of the best are equally good; one of them is drawn so practice does not repeat
 * a fixed order.
 */
export function chooseQuestion(
  candidates: readonly Candidate[],
  options: { skill: number; poolSize: number; target?: number | ((candidate: Candidate) => number); random: () => number; margin?: number },
): Candidate | null {
  if (candidates.length === 0) return null;
  const notPrevious = candidates.filter((candidate) => candidate.recency !== 1);
  const pool = notPrevious.length > 0 ? notPrevious : [...candidates];
  const holdBack = holdBackCount(options.poolSize);
  const fresh = pool.filter((candidate) => candidate.recency === null || candidate.recency > holdBack);
  // Everything left was seen recently: take the least recent ones.
  const eligible = fresh.length > 0 ? fresh : leastRecent(pool);
  const targetOf = typeof options.target === "function" ? options.target : () => (options.target as number | undefined) ?? TARGET_SUCCESS;
  const scored = eligible.map((candidate) => ({
    candidate,
    distance: Math.abs(predictCorrect(options.skill, candidate.difficulty, candidate.guess) - targetOf(candidate)),
  }));
  const best = Math.min(...scored.map((entry) => entry.distance));
  const nearBest = scored.filter((entry) => entry.distance <= best + (options.margin ?? 0.05));
  const drawn = nearBest[Math.min(nearBest.length - 1, Math.floor(options.random() * nearBest.length))];
  return drawn?.candidate ?? null;
}

function leastRecent(pool: Candidate[]): Candidate[] {
  const oldest = Math.max(...pool.map((candidate) => candidate.recency ?? Number.POSITIVE_INFINITY));
  return pool.filter((candidate) => (candidate.recency ?? Number.POSITIVE_INFINITY) === oldest);
}

export type TopicState = {
  topicId: string;
  slug: string;
  name: string;
  /** Place in the course (the first lesson that teaches it). */
  position: number;
  /** Skill on the topic: course skill + topic offset, with the topic's answer count. */
  skill: Estimate;
  questionCount: number;
  prerequisiteIds: string[];
};

const LEVEL_RANK: Record<MasteryLevel, number> = { not_started: 0, attempted: 1, familiar: 2, proficient: 3, mastered: 4 };

export function masteryRank(level: MasteryLevel): number {
  return LEVEL_RANK[level];
}

/**
 * Which topic serves the next question when a learner practises `requested`: usually that
 * topic, but a share of the time its weakest prerequisite that is not yet proficient.
 */
export function chooseServedTopic(
  requested: TopicState,
  topics: ReadonlyMap<string, TopicState>,
  options: { random: () => number; prerequisiteShare?: number },
): { topic: TopicState; reason: "target" | "prerequisite" } {
  const weaker = requested.prerequisiteIds
    .map((id) => topics.get(id))
    .filter((topic): topic is TopicState => !!topic && topic.questionCount > 0 && masteryRank(masteryLevel(topic.skill)) < LEVEL_RANK.proficient);
  if (weaker.length === 0 || options.random() >= (options.prerequisiteShare ?? PREREQUISITE_SHARE)) return { topic: requested, reason: "target" };
  const weakest = [...weaker].sort((a, b) => a.skill.value - b.skill.value || a.position - b.position)[0]!;
  return { topic: weakest, reason: "prerequisite" };
}

/**
 * "What I need most": a topic whose prerequisites are at least familiar, or placed high by the
 * placement check (ready to learn). Among
 * those, one already begun but still weak comes first (lowest skill); then the next topic not
 * started, in course order; then proficient topics on their way to mastered. Null when no
 * topic has practice questions.
 */
export function pickNeediestTopic(topics: readonly TopicState[]): TopicState | null {
  const practisable = topics.filter((topic) => topic.questionCount > 0);
  if (practisable.length === 0) return null;
  const byId = new Map(topics.map((topic) => [topic.topicId, topic]));
  const ready = practisable.filter((topic) =>
    topic.prerequisiteIds.every((id) => {
      const prerequisite = byId.get(id);
      if (!prerequisite || prerequisite.questionCount === 0) return true;
      // Familiar by practice, or placed high by the placement check's evidence.
      const placedHigh = prerequisite.skill.count > 0 && predictCorrect(prerequisite.skill.value, 0) >= TARGET_SUCCESS;
      return placedHigh || masteryRank(masteryLevel(prerequisite.skill)) >= LEVEL_RANK.familiar;
    }),
  );
  const pool = ready.length > 0 ? ready : practisable;
  const level = (topic: TopicState) => masteryRank(masteryLevel(topic.skill));
  const byPosition = (a: TopicState, b: TopicState) => a.position - b.position;
  const bySkill = (a: TopicState, b: TopicState) => a.skill.value - b.skill.value || byPosition(a, b);
  const begun = pool.filter((topic) => level(topic) >= LEVEL_RANK.attempted && level(topic) < LEVEL_RANK.proficient).sort(bySkill);
  if (begun[0]) return begun[0];
  const untouched = pool.filter((topic) => level(topic) === LEVEL_RANK.not_started).sort(byPosition);
  if (untouched[0]) return untouched[0];
  const proficient = pool.filter((topic) => level(topic) === LEVEL_RANK.proficient).sort(bySkill);
  return proficient[0] ?? [...pool].sort(bySkill)[0] ?? null;
}
