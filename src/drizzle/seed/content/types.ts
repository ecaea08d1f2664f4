/**
 * Shapes for the demo course content that the seed script loads.
 * Content is plain data: no database or framework imports here.
 */

export type DemoTopic = {
  slug: string;
  name: string;
  description: string;
  /** Slugs of topics that should be learned first. */
  prerequisites: string[];
};

export type DemoLesson = {
  slug: string;
  title: string;
  summary: string;
  estimatedMinutes: number;
  /** Slugs of the topics (skills) this lesson teaches or practises. */
  topics: string[];
  markdown: string;
};

export type DemoModule = {
  slug: string;
  title: string;
  summary: string;
  lessons: DemoLesson[];
};

export type DemoCourse = {
  slug: string;
  title: string;
  summary: string;
  description: string;
  level: "beginner" | "intermediate" | "advanced";
  topics: DemoTopic[];
  modules: DemoModule[];
};
