import { describe, expect, it } from "vitest";
import { outlineCourse } from "../../../../tests/support/openai-stub/outline";
import { buildOutlineMessages } from "./prompt";
import { describeOutlinePath, outlineEditSchema, uniqueSlug, validateOutline, type CourseOutline } from "./outline";

const lesson = (title: string, topicSlugs: string[] = []) => ({ title, summary: `About ${title}.`, topicSlugs });

function outline(overrides: Partial<CourseOutline> = {}): CourseOutline {
  return {
    title: "Probability",
    description: "Chance, counted carefully.",
    topics: [
      { slug: "sets", name: "Sets" },
      { slug: "bayes-rule", name: "Bayes' rule" },
    ],
    modules: [
      { title: "Foundations", lessons: [lesson("Sets and events", ["sets"]), lesson("Counting")] },
      { title: "Inference", lessons: [lesson("Bayes' rule", ["bayes-rule", "sets"])] },
    ],
    ...overrides,
  };
}

function valid(input: CourseOutline): CourseOutline {
  const checked = validateOutline(input);
  if (!checked.ok) throw new Error(`expected a valid outline: ${checked.reason}`);
  return checked.outline;
}

function reason(input: CourseOutline): string {
  const checked = validateOutline(input);
  if (checked.ok) throw new Error("expected the outline to be refused");
  return checked.reason;
}

describe("validateOutline", () => {
  it("keeps a good outline as it is", () => {
    expect(valid(outline())).toEqual(outline());
  });

  it("accepts what the test stub provider answers for the outline prompt", () => {
    const [, user] = buildOutlineMessages({ description: "Photosynthesis, respiration and ecosystems for year 9 biology", level: "beginner", lessonsWanted: 4 });
    const drafted = outlineCourse(String(user?.content));
    expect(valid(drafted)).toEqual(drafted);
    expect(drafted.topics.map((topic) => topic.name)).toEqual(["Photosynthesis", "Respiration", "Ecosystems"]);
  });

  it("trims titles and refuses a course, module or lesson without one", () => {
    const tidy = valid(outline({ title: "  Probability  ", modules: [{ title: " Basics ", lessons: [lesson("  Events ")] }] }));
    expect(tidy.title).toBe("Probability");
    expect(tidy.modules[0]).toMatchObject({ title: "Basics", lessons: [{ title: "Events" }] });
    expect(reason(outline({ title: "   " }))).toBe("the course has no title");
    expect(reason(outline({ modules: [{ title: " ", lessons: [lesson("A")] }] }))).toBe("module 1 has no title");
    expect(reason(outline({ modules: [{ title: "M", lessons: [lesson("A"), lesson("")] }] }))).toBe("lesson 2 of module 1 has no title");
  });

  it("turns a slug that is not kebab-case into one from the topic's name, and follows lessons tagged with the old one", () => {
    const tidy = valid(
      outline({
        topics: [{ slug: "Conditional Probability!", name: "Conditional probability" }],
        modules: [{ title: "M", lessons: [lesson("A", ["Conditional Probability!"])] }],
      }),
    );
    expect(tidy.topics).toEqual([{ slug: "conditional-probability", name: "Conditional probability" }]);
    expect(tidy.modules[0]?.lessons[0]?.topicSlugs).toEqual(["conditional-probability"]);
  });

  it("gives topics sharing a slug different slugs and drops a topic listed twice", () => {
    const tidy = valid(
      outline({
        topics: [
          { slug: "sets", name: "Sets" },
          { slug: "sets", name: "Set operations" },
          { slug: "sets-again", name: "sets" },
        ],
        modules: [{ title: "M", lessons: [lesson("A", ["sets", "sets-again"])] }],
      }),
    );
    expect(tidy.topics).toEqual([
      { slug: "sets", name: "Sets" },
      { slug: "sets-2", name: "Set operations" },
    ]);
    expect(tidy.modules[0]?.lessons[0]?.topicSlugs).toEqual(["sets"]);
  });

  it("drops a lesson's tags that name no listed topic", () => {
    const tidy = valid(outline({ modules: [{ title: "M", lessons: [lesson("A", ["sets", "calculus", "bayes-rule"])] }] }));
    expect(tidy.modules[0]?.lessons[0]?.topicSlugs).toEqual(["sets", "bayes-rule"]);
  });

  it("refuses outlines outside the limits: 1–20 topics, 1–12 modules, 1–15 lessons each", () => {
    const topics = (count: number) => Array.from({ length: count }, (_, i) => ({ slug: `topic-${i}`, name: `Topic ${i}` }));
    expect(reason(outline({ topics: [] }))).toBe("the outline has no topics");
    expect(reason(outline({ topics: [{ slug: "x", name: "  " }] }))).toBe("the outline has no topics");
    expect(reason(outline({ topics: topics(21) }))).toBe("the outline has 21 topics");
    expect(valid(outline({ topics: topics(20) })).topics).toHaveLength(20);
    expect(reason(outline({ modules: [] }))).toBe("the outline has no modules");
    const modules = (count: number, lessons = 1) => Array.from({ length: count }, (_, i) => ({ title: `M${i}`, lessons: Array.from({ length: lessons }, (_, j) => lesson(`L${j}`)) }));
    expect(reason(outline({ modules: modules(13) }))).toBe("the outline has 13 modules");
    expect(reason(outline({ modules: modules(1, 16) }))).toBe("module 1 has 16 lessons");
    expect(reason(outline({ modules: modules(1, 0) }))).toBe("module 1 has 0 lessons");
    expect(valid(outline({ modules: modules(12, 15) })).modules).toHaveLength(12);
  });

  it("refuses titles longer than the course forms allow and clips long summaries at a word", () => {
    expect(reason(outline({ title: "x".repeat(201) }))).toBe("the course title is 201 characters");
    const tidy = valid(outline({ description: "word ".repeat(200), modules: [{ title: "M", lessons: [{ title: "A", summary: "long ".repeat(200), topicSlugs: [] }] }] }));
    expect(tidy.description.length).toBeLessThanOrEqual(500);
    expect(tidy.description.endsWith("word…")).toBe(true);
    expect(tidy.modules[0]?.lessons[0]?.summary.length).toBeLessThanOrEqual(500);
  });
});

describe("outlineEditSchema", () => {
  it("accepts an outline and trims its text", () => {
    const parsed = outlineEditSchema.parse({ ...outline(), title: "  Probability " });
    expect(parsed.title).toBe("Probability");
  });

  it("says what is missing, where", () => {
    const result = outlineEditSchema.safeParse(outline({ modules: [{ title: "M", lessons: [lesson("A"), lesson(" ")] }] }));
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.message).toBe("Every lesson needs a title");
    expect(describeOutlinePath(issue?.path ?? [])).toBe("Module 1, lesson 2");
  });

  it("refuses empty modules, a course without topics and slugs that are not kebab-case", () => {
    expect(outlineEditSchema.safeParse(outline({ modules: [{ title: "M", lessons: [] }] })).error?.issues[0]?.message).toBe(
      "Every module needs at least one lesson; remove the module if you do not need it",
    );
    expect(outlineEditSchema.safeParse(outline({ topics: [], modules: [{ title: "M", lessons: [lesson("A")] }] })).error?.issues[0]?.message).toBe("Add at least one topic");
    expect(outlineEditSchema.safeParse(outline({ topics: [{ slug: "Not A Slug", name: "Sets" }] })).success).toBe(false);
  });

  it("refuses two topics with one name and lesson tags that name no topic", () => {
    const twice = outlineEditSchema.safeParse(outline({ topics: [{ slug: "sets", name: "Sets" }, { slug: "sets-2", name: "sets" }], modules: [{ title: "M", lessons: [lesson("A")] }] }));
    expect(twice.error?.issues[0]?.message).toBe('Two topics are called "sets"; rename or remove one');
    const unknown = outlineEditSchema.safeParse(outline({ modules: [{ title: "M", lessons: [lesson("A", ["calculus"])] }] }));
    expect(unknown.error?.issues[0]).toMatchObject({ message: "Unknown topic: calculus", path: ["modules", 0, "lessons", 0, "topicSlugs"] });
  });
});

describe("describeOutlinePath", () => {
  it("names the place of a posted field", () => {
    expect(describeOutlinePath("outline.modules.2.lessons.0.title")).toBe("Module 3, lesson 1");
    expect(describeOutlinePath("outline.modules.1.title")).toBe("Module 2");
    expect(describeOutlinePath(["topics", 4, "name"])).toBe("Topic 5");
    expect(describeOutlinePath("outline.title")).toBe("Course title");
    expect(describeOutlinePath("outline")).toBe("Outline");
  });
});

describe("uniqueSlug", () => {
  it("numbers a slug already taken and records the one it returns", () => {
    const taken = new Set(["intro", "intro-2"]);
    expect(uniqueSlug("intro", taken)).toBe("intro-3");
    expect(uniqueSlug("intro", taken)).toBe("intro-4");
    expect(uniqueSlug("other", taken)).toBe("other");
  });
});
