import { z } from "zod";
import { slugify, slugSchema } from "@/features/courses/schemas-authoring";

/** The outline's limits; lengths match the course, topic and lesson forms (the description becomes the course summary). */
export const OUTLINE_LIMITS = {
  topics: 20,
  modules: 12,
  lessonsPerModule: 15,
  topicsPerLesson: 20,
  title: 200,
  topicName: 120,
  description: 500,
  summary: 500,
} as const;

/** What the model must answer (strict structured output: every field required). */
export const courseOutlineSchema = z.object({
  title: z.string(),
  description: z.string(),
  topics: z.array(z.object({ slug: z.string(), name: z.string() })),
  modules: z.array(
    z.object({
      title: z.string(),
      lessons: z.array(z.object({ title: z.string(), summary: z.string(), topicSlugs: z.array(z.string()) })),
    }),
  ),
});
export type CourseOutline = z.infer<typeof courseOutlineSchema>;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `base`, or `base-2`, `base-3`… — the first not in `taken`, which it joins. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** Prose is clipped at a word boundary rather than refused: a long summary is no reason to lose the outline. */
function clip(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}

type Checked = { ok: true; outline: CourseOutline } | { ok: false; reason: string };

/**
 * Checks and tidies a model's outline before the teacher sees it: titles trimmed and present,
 * counts and lengths within the limits (anything else refuses the outline), topics with unique
 * kebab-case slugs (derived from the name when the model's is not one; a repeated topic is
 * dropped) and lessons tagged only with listed topics (unknown tags are dropped).
 */
export function validateOutline(outline: CourseOutline): Checked {
  const title = outline.title.trim();
  if (!title) return { ok: false, reason: "the course has no title" };
  if (title.length > OUTLINE_LIMITS.title) return { ok: false, reason: `the course title is ${title.length} characters` };

  const taken = new Set<string>();
  const slugByName = new Map<string, string>();
  const slugFor = new Map<string, string>();
  const alias = (key: string, slug: string) => {
    if (key && !slugFor.has(key)) slugFor.set(key, slug);
  };
  const topics: CourseOutline["topics"] = [];
  for (const topic of outline.topics) {
    const name = topic.name.trim();
    if (!name) continue;
    if (name.length > OUTLINE_LIMITS.topicName) return { ok: false, reason: `the topic name "${name.slice(0, 40)}…" is too long` };
    const given = topic.slug.trim().toLowerCase();
    const earlier = slugByName.get(name.toLowerCase());
    if (earlier) {
      // The same topic twice: lessons tagged with either mean the first.
      alias(given, earlier);
      continue;
    }
    const slug = uniqueSlug((KEBAB.test(given) && given.length <= 80 ? given : slugify(name)) || "topic", taken);
    slugByName.set(name.toLowerCase(), slug);
    for (const key of [given, slugify(given), slug]) alias(key, slug);
    topics.push({ slug, name });
  }
  if (topics.length === 0) return { ok: false, reason: "the outline has no topics" };
  if (topics.length > OUTLINE_LIMITS.topics) return { ok: false, reason: `the outline has ${topics.length} topics` };

  if (outline.modules.length === 0) return { ok: false, reason: "the outline has no modules" };
  if (outline.modules.length > OUTLINE_LIMITS.modules) return { ok: false, reason: `the outline has ${outline.modules.length} modules` };
  const modules: CourseOutline["modules"] = [];
  for (const [index, courseModule] of outline.modules.entries()) {
    const moduleTitle = courseModule.title.trim();
    const where = `module ${index + 1}`;
    if (!moduleTitle) return { ok: false, reason: `${where} has no title` };
    if (moduleTitle.length > OUTLINE_LIMITS.title) return { ok: false, reason: `the title of ${where} is too long` };
    const count = courseModule.lessons.length;
    if (count === 0 || count > OUTLINE_LIMITS.lessonsPerModule) return { ok: false, reason: `${where} has ${count} lessons` };
    const lessons: CourseOutline["modules"][number]["lessons"] = [];
    for (const [lessonIndex, lesson] of courseModule.lessons.entries()) {
      const lessonTitle = lesson.title.trim();
      if (!lessonTitle) return { ok: false, reason: `lesson ${lessonIndex + 1} of ${where} has no title` };
      if (lessonTitle.length > OUTLINE_LIMITS.title) return { ok: false, reason: `the title of lesson ${lessonIndex + 1} of ${where} is too long` };
      const tags = lesson.topicSlugs.map((tag) => slugFor.get(tag.trim().toLowerCase()) ?? slugFor.get(slugify(tag))).filter((tag): tag is string => tag !== undefined);
      lessons.push({ title: lessonTitle, summary: clip(lesson.summary, OUTLINE_LIMITS.summary), topicSlugs: [...new Set(tags)].slice(0, OUTLINE_LIMITS.topicsPerLesson) });
    }
    modules.push({ title: moduleTitle, lessons });
  }
  return { ok: true, outline: { title, description: clip(outline.description, OUTLINE_LIMITS.description), topics, modules } };
}

const text = (max: number, required: string, tooLong: string) => z.string().trim().min(1, required).max(max, tooLong);

/** The outline the teacher posts after editing: the same shape, checked strictly (nothing is tidied away). */
export const outlineEditSchema = z
  .object({
    title: text(OUTLINE_LIMITS.title, "The course needs a title", "A course title is at most 200 characters"),
    description: z.string().trim().max(OUTLINE_LIMITS.description, "The description is at most 500 characters"),
    topics: z
      .array(z.object({ slug: slugSchema, name: text(OUTLINE_LIMITS.topicName, "Every topic needs a name", "A topic name is at most 120 characters") }))
      .min(1, "Add at least one topic")
      .max(OUTLINE_LIMITS.topics, "A course can start with at most 20 topics"),
    modules: z
      .array(
        z.object({
          title: text(OUTLINE_LIMITS.title, "Every module needs a title", "A module title is at most 200 characters"),
          lessons: z
            .array(
              z.object({
                title: text(OUTLINE_LIMITS.title, "Every lesson needs a title", "A lesson title is at most 200 characters"),
                summary: z.string().trim().max(OUTLINE_LIMITS.summary, "A lesson summary is at most 500 characters"),
                topicSlugs: z.array(slugSchema).max(OUTLINE_LIMITS.topicsPerLesson, "A lesson can have at most 20 topics"),
              }),
            )
            .min(1, "Every module needs at least one lesson; remove the module if you do not need it")
            .max(OUTLINE_LIMITS.lessonsPerModule, "A module can have at most 15 lessons"),
        }),
      )
      .min(1, "Add at least one module")
      .max(OUTLINE_LIMITS.modules, "A course can start with at most 12 modules"),
  })
  .superRefine((outline, context) => {
    const slugs = new Set<string>();
    const names = new Set<string>();
    for (const [index, topic] of outline.topics.entries()) {
      const name = topic.name.toLowerCase();
      if (names.has(name)) context.addIssue({ code: "custom", path: ["topics", index, "name"], message: `Two topics are called "${topic.name}"; rename or remove one` });
      else if (slugs.has(topic.slug)) context.addIssue({ code: "custom", path: ["topics", index, "slug"], message: `Two topics have the address "${topic.slug}"` });
      names.add(name);
      slugs.add(topic.slug);
    }
    for (const [moduleIndex, courseModule] of outline.modules.entries()) {
      for (const [lessonIndex, lesson] of courseModule.lessons.entries()) {
        const unknown = lesson.topicSlugs.filter((slug) => !slugs.has(slug));
        if (unknown.length > 0) {
          context.addIssue({ code: "custom", path: ["modules", moduleIndex, "lessons", lessonIndex, "topicSlugs"], message: `Unknown topic: ${unknown.join(", ")}` });
        }
      }
    }
  });
export type OutlineEdit = z.infer<typeof outlineEditSchema>;

/** Where an error of the posted outline is, for people: "outline.modules.0.lessons.1.title" → "Module 1, lesson 2". */
export function describeOutlinePath(path: string | readonly PropertyKey[]): string {
  const parts = (typeof path === "string" ? path.split(".") : path.map(String)).filter((part) => part !== "outline");
  const [section, first, , second] = parts;
  const number = (value: string | undefined) => Number(value) + 1;
  if (section === "topics" && first !== undefined) return `Topic ${number(first)}`;
  if (section === "modules" && first !== undefined) return second !== undefined ? `Module ${number(first)}, lesson ${number(second)}` : `Module ${number(first)}`;
  if (section === "title") return "Course title";
  if (section === "description") return "Course description";
  return section === "topics" ? "Topics" : section === "modules" ? "Modules" : "Outline";
}
