import { masteryLevel, predictCorrect, type MasteryLevel } from "@/features/practice/lib/elo";

export type HeatmapLearner = { id: string; name: string; email: string };
export type HeatmapTopic = { id: string; slug: string; name: string };

/** A learner's practice evidence on a topic: the topic offset and the course skill it adds to (learner_topic_skills + learner_course_skills). */
export type TopicSkillRow = { userId: string; topicId: string; offset: number; courseValue: number; count: number };

/** One learner × topic: the level and predicted chance the learner's own dashboard shows; null without evidence. */
export type HeatmapCell = { level: MasteryLevel; chance: number; answers: number } | null;

/** The class on one topic: the mean predicted chance of the learners with evidence on it. */
export type TopicAverage = { topicId: string; chance: number | null; learnersWithEvidence: number };

export type Heatmap = {
  topics: HeatmapTopic[];
  rows: { learner: HeatmapLearner; cells: HeatmapCell[] }[];
  averages: TopicAverage[];
};

/**
 * The same figures as practice's toTopicMastery (course skill + topic offset → level and chance
 * against an average question), so a cell says what the learner sees on their dashboard.
 */
export function masteryCell(skill: Pick<TopicSkillRow, "offset" | "courseValue" | "count">): HeatmapCell {
  if (skill.count <= 0) return null;
  const value = skill.courseValue + skill.offset;
  return { level: masteryLevel({ value, count: skill.count }), chance: predictCorrect(value, 0), answers: skill.count };
}

/** Learners × topics, in the order given, with the class average per topic. */
export function buildHeatmap(learners: readonly HeatmapLearner[], topics: readonly HeatmapTopic[], skills: readonly TopicSkillRow[]): Heatmap {
  const byKey = new Map(skills.map((skill) => [`${skill.userId}:${skill.topicId}`, skill]));
  const rows = learners.map((learner) => ({
    learner,
    cells: topics.map((topic) => {
      const skill = byKey.get(`${learner.id}:${topic.id}`);
      return skill ? masteryCell(skill) : null;
    }),
  }));
  const averages = topics.map((topic, column): TopicAverage => {
    const chances = rows.flatMap((row) => (row.cells[column] ? [row.cells[column].chance] : []));
    return {
      topicId: topic.id,
      chance: chances.length === 0 ? null : chances.reduce((sum, chance) => sum + chance, 0) / chances.length,
      learnersWithEvidence: chances.length,
    };
  });
  return { topics: [...topics], rows, averages };
}
