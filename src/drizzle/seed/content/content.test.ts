import { describe, it, expect } from "vitest";
import { probabilityCourse } from "./probability/index";
import type { DemoCourse, DemoLesson } from "./types";

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// An HTML tag or comment: "<" followed directly by a letter, "/" or "!".
const RAW_HTML_PATTERN = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>|<!--/;

function allLessons(course: DemoCourse): DemoLesson[] {
  return course.modules.flatMap((m) => m.lessons);
}

function wordCount(markdown: string): number {
  // Count runs of letters/digits, so table pipes and punctuation do not inflate the total.
  return markdown.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
}

/** Returns one prerequisite cycle (as a list of slugs) if any exists, otherwise null. */
function findCycle(prereqs: Map<string, string[]>): string[] | null {
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];

  const visit = (slug: string): string[] | null => {
    const s = state.get(slug);
    if (s === "done") return null;
    if (s === "visiting") return [...stack.slice(stack.indexOf(slug)), slug];
    state.set(slug, "visiting");
    stack.push(slug);
    for (const next of prereqs.get(slug) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(slug, "done");
    return null;
  };

  for (const slug of prereqs.keys()) {
    const cycle = visit(slug);
    if (cycle) return cycle;
  }
  return null;
}

const courses: DemoCourse[] = [probabilityCourse];

describe.each(courses.map((c) => [c.slug, c] as const))("demo course %s", (_slug, course) => {
  const lessons = allLessons(course);
  const topicSlugs = new Set(course.topics.map((t) => t.slug));

  it("has basic metadata and valid slugs", () => {
    expect(course.slug).toMatch(SLUG_PATTERN);
    expect(course.title.trim()).not.toBe("");
    expect(course.summary.trim()).not.toBe("");
    expect(course.description.trim()).not.toBe("");
    for (const m of course.modules) expect(m.slug).toMatch(SLUG_PATTERN);
    for (const l of lessons) expect(l.slug).toMatch(SLUG_PATTERN);
    for (const t of course.topics) expect(t.slug).toMatch(SLUG_PATTERN);
  });

  it("has at least 3 modules and 9 lessons, with no empty module", () => {
    expect(course.modules.length).toBeGreaterThanOrEqual(3);
    expect(lessons.length).toBeGreaterThanOrEqual(9);
    for (const m of course.modules) expect(m.lessons.length).toBeGreaterThan(0);
  });

  it("has unique module, lesson and topic slugs", () => {
    const moduleSlugs = course.modules.map((m) => m.slug);
    const lessonSlugs = lessons.map((l) => l.slug);
    const topicList = course.topics.map((t) => t.slug);
    expect(new Set(moduleSlugs).size).toBe(moduleSlugs.length);
    expect(new Set(lessonSlugs).size).toBe(lessonSlugs.length);
    expect(new Set(topicList).size).toBe(topicList.length);
  });

  it("tags every lesson with 1-3 known topics", () => {
    for (const lesson of lessons) {
      expect(lesson.topics.length, lesson.slug).toBeGreaterThanOrEqual(1);
      expect(lesson.topics.length, lesson.slug).toBeLessThanOrEqual(3);
      for (const topic of lesson.topics) {
        expect(topicSlugs.has(topic), `${lesson.slug} -> unknown topic ${topic}`).toBe(true);
      }
    }
  });

  it("uses every topic in at least one lesson", () => {
    const used = new Set(lessons.flatMap((l) => l.topics));
    const unused = course.topics.map((t) => t.slug).filter((slug) => !used.has(slug));
    expect(unused).toEqual([]);
  });

  it("has prerequisites that exist and contain no cycle", () => {
    for (const topic of course.topics) {
      for (const pre of topic.prerequisites) {
        expect(topicSlugs.has(pre), `${topic.slug} -> unknown prerequisite ${pre}`).toBe(true);
        expect(pre, `${topic.slug} lists itself`).not.toBe(topic.slug);
      }
    }
    const graph = new Map(course.topics.map((t) => [t.slug, t.prerequisites] as const));
    expect(findCycle(graph)).toBeNull();
  });

  it("has a detectable cycle checker (sanity check of the helper)", () => {
    const cyclic = new Map<string, string[]>([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
    ]);
    expect(findCycle(cyclic)).toEqual(["a", "b", "c", "a"]);
  });

  describe.each(lessons.map((l) => [l.slug, l] as const))("lesson %s", (_lessonSlug, lesson) => {
    it("has a title, summary and sensible duration", () => {
      expect(lesson.title.trim()).not.toBe("");
      expect(lesson.summary.trim()).not.toBe("");
      expect(lesson.estimatedMinutes).toBeGreaterThan(0);
      expect(Number.isInteger(lesson.estimatedMinutes)).toBe(true);
    });

    it("has at least one H2 section and no H1", () => {
      expect(lesson.markdown).toMatch(/^## \S/m);
      expect(lesson.markdown).not.toMatch(/^# /m);
    });

    it("is at least 400 words long", () => {
      expect(wordCount(lesson.markdown)).toBeGreaterThanOrEqual(400);
    });

    it("contains no script tags or raw HTML", () => {
      expect(lesson.markdown.toLowerCase()).not.toContain("<script");
      expect(lesson.markdown).not.toMatch(RAW_HTML_PATTERN);
    });

    it("contains no LaTeX math delimiters or leftover template interpolation", () => {
      expect(lesson.markdown).not.toMatch(/\$\$|\\\(|\\\[|\\frac|\\sqrt/);
      expect(lesson.markdown).not.toContain("${");
    });

    it("has a 'Check yourself' section followed by answers", () => {
      const check = lesson.markdown.indexOf("## Check yourself");
      expect(check).toBeGreaterThan(-1);
      expect(lesson.markdown.indexOf("Answers", check)).toBeGreaterThan(check);
    });
  });
});
